package io.cartograph.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * A rule book's rules with their patterns compiled once, in their order. A rule is usable when it
 * is enabled and all its patterns compile; the others are never tried.
 */
final class CompiledRules {

	static final String SYSTEM_RULE = "System mapping rule";
	static final String OBJECT_RULE = "Object rule";

	final SystemMappingRule[] systemRules;
	final NamePattern[] systemInterface;
	/** Null where the Original System is one of the special words. */
	final NamePattern[] systemOriginal;
	/** The slot a special Original System ({@code Sender}, {@code Receiver}) names, else null. */
	final Slot[] systemSpecial;
	final boolean[] systemUsable;

	final ObjectRule[] objectRules;
	final NamePattern[] objectInterface;
	final boolean[] objectUsable;

	final List<RuleProblem> problems = new ArrayList<>();

	CompiledRules(RuleBook book) {
		Map<String, NamePattern> patterns = new HashMap<>();
		List<SystemMappingRule> system = book == null ? List.of() : book.getSystemMappingRules();
		int count = system.size();
		systemRules = system.toArray(new SystemMappingRule[0]);
		systemInterface = new NamePattern[count];
		systemOriginal = new NamePattern[count];
		systemSpecial = new Slot[count];
		systemUsable = new boolean[count];
		for (int r = 0; r < count; r++) {
			SystemMappingRule rule = systemRules[r];
			systemInterface[r] = compile(patterns, rule.getInterfacePattern());
			systemSpecial[r] = Slot.special(rule.getOriginalSystem());
			boolean valid = check(SYSTEM_RULE, r, rule.getUuid(), "Interface", systemInterface[r]);
			if (systemSpecial[r] == null) {
				systemOriginal[r] = compile(patterns, rule.getOriginalSystem());
				valid &= check(SYSTEM_RULE, r, rule.getUuid(), "Original System", systemOriginal[r]);
			}
			systemUsable[r] = valid && rule.isEnabled();
		}
		List<ObjectRule> objects = book == null ? List.of() : book.getObjectRules();
		objectRules = objects.toArray(new ObjectRule[0]);
		objectInterface = new NamePattern[objectRules.length];
		objectUsable = new boolean[objectRules.length];
		for (int r = 0; r < objectRules.length; r++) {
			objectInterface[r] = compile(patterns, objectRules[r].getInterfacePattern());
			boolean valid = check(OBJECT_RULE, r, objectRules[r].getUuid(), "Interface", objectInterface[r]);
			objectUsable[r] = valid && objectRules[r].isEnabled();
		}
	}

	/** Whether the rule's Original System accepts this slot's original value. */
	boolean originalMatches(int rule, Slot slot, String original) {
		Slot special = systemSpecial[rule];
		if (special != null) {
			return special == slot && original.isEmpty();
		}
		return systemOriginal[rule].matches(original);
	}

	private static NamePattern compile(Map<String, NamePattern> patterns, String text) {
		String key = text == null ? "" : text;
		return patterns.computeIfAbsent(key, NamePattern::of);
	}

	private boolean check(String kind, int index, String uuid, String field, NamePattern pattern) {
		if (pattern.isValid()) {
			return true;
		}
		problems.add(new RuleProblem(kind, index + 1, uuid, field, pattern.regex.text(), pattern.regex.error().orElse("")));
		return false;
	}
}
