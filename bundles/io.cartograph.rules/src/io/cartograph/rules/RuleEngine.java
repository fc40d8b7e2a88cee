package io.cartograph.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.RuleBook;

/**
 * Applies a rule book to interfaces, without changing them (see {@link UpdateInventory} for
 * that). The semantics, pinned by the tests and written up in docs/transformation-rules.md:
 * <ul>
 * <li>For each interface and each slot separately, the first usable system mapping rule whose
 * Interface regex matches the whole name, whose Original System regex matches the whole original
 * value of that slot ({@code ""} when missing) and whose data source filter, if set, is the
 * interface's data source, wins the slot. Original System {@code Sender} / {@code Receiver}
 * matches only that slot and only when its original value is empty.</li>
 * <li>Every usable object rule whose Interface regex matches adds its object, once.</li>
 * <li>A rule is usable when it is enabled and its regexes compile.</li>
 * </ul>
 * {@link #apply} gets there without trying every rule on every interface: Original System
 * patterns run once per distinct original value, each rule looks only at the interfaces of the
 * values it accepts that no earlier rule took, literal and prefix names are looked up, and all
 * {@code .*word.*} object rules share one scan. {@link #applyNaively} is the plain loop, kept as
 * the reference the tests and the benchmark compare with.
 */
public final class RuleEngine {

	private RuleEngine() {
	}

	public static RuleResults apply(RuleBook book, List<Interface> interfaces) {
		CompiledRules rules = new CompiledRules(book);
		InterfaceIndex index = new InterfaceIndex(List.copyOf(interfaces));
		prepareLookups(rules, index);
		int[][] winners = new int[Slot.values().length][];
		SystemPass pass = new SystemPass(rules, index);
		for (Slot slot : Slot.values()) {
			winners[slot.ordinal()] = pass.run(slot);
		}
		return new RuleResults(rules, index, winners, objectMatches(rules, index));
	}

	/** Groups the names for all literal and prefix patterns at once. */
	private static void prepareLookups(CompiledRules rules, InterfaceIndex index) {
		Set<String> prefixes = new HashSet<>();
		Set<String> lowerPrefixes = new HashSet<>();
		List<NamePattern> patterns = new ArrayList<>();
		for (int r = 0; r < rules.systemRules.length; r++) {
			if (rules.systemUsable[r]) {
				patterns.add(rules.systemInterface[r]);
			}
		}
		for (int r = 0; r < rules.objectRules.length; r++) {
			if (rules.objectUsable[r]) {
				patterns.add(rules.objectInterface[r]);
			}
		}
		Set<String> names = new HashSet<>();
		Set<String> lowerNames = new HashSet<>();
		for (NamePattern pattern : patterns) {
			if (pattern.shape == NamePattern.Shape.PREFIX) {
				(pattern.ignoreCase ? lowerPrefixes : prefixes).add(pattern.literal);
			} else if (pattern.shape == NamePattern.Shape.LITERAL) {
				(pattern.ignoreCase ? lowerNames : names).add(pattern.literal);
			}
		}
		index.preparePrefixes(prefixes, false);
		index.prepareNames(names, false);
		if (!lowerPrefixes.isEmpty()) {
			index.preparePrefixes(lowerPrefixes, true);
		}
		if (!lowerNames.isEmpty()) {
			index.prepareNames(lowerNames, true);
		}
	}

	/** Every rule tried on every interface, in order: slow, obviously right. */
	public static RuleResults applyNaively(RuleBook book, List<Interface> interfaces) {
		CompiledRules rules = new CompiledRules(book);
		InterfaceIndex index = new InterfaceIndex(List.copyOf(interfaces));
		int[][] winners = new int[Slot.values().length][index.size];
		int[][] objects = new int[index.size][];
		for (int i = 0; i < index.size; i++) {
			Interface item = index.items.get(i);
			String name = item.getName() == null ? "" : item.getName();
			for (Slot slot : Slot.values()) {
				winners[slot.ordinal()][i] = -1;
				for (int r = 0; r < rules.systemRules.length; r++) {
					if (rules.systemUsable[r] && rules.systemInterface[r].regex.matches(name)
							&& naiveOriginal(rules, r, slot, slot.original(item))
							&& (rules.systemRules[r].getDataSourceFilter() == null
									|| rules.systemRules[r].getDataSourceFilter() == item.getDataSource())) {
						winners[slot.ordinal()][i] = r;
						break;
					}
				}
			}
			IntList matched = new IntList();
			for (int r = 0; r < rules.objectRules.length; r++) {
				if (rules.objectUsable[r] && rules.objectInterface[r].regex.matches(name)) {
					matched.add(r);
				}
			}
			objects[i] = matched.toArray();
		}
		return new RuleResults(rules, index, winners, objects);
	}

	private static boolean naiveOriginal(CompiledRules rules, int rule, Slot slot, String original) {
		Slot special = rules.systemSpecial[rule];
		return special != null ? special == slot && original.isEmpty() : rules.systemOriginal[rule].regex.matches(original);
	}

	/** Per interface, the usable object rules that match, in rule order. */
	private static int[][] objectMatches(CompiledRules rules, InterfaceIndex index) {
		// Each distinct pattern is evaluated once, however many rules share it.
		Map<NamePattern, int[]> matches = new HashMap<>();
		List<String> literals = new ArrayList<>();
		List<String> lowerLiterals = new ArrayList<>();
		Map<String, Integer> literalIndex = new HashMap<>();
		for (int r = 0; r < rules.objectRules.length; r++) {
			NamePattern pattern = rules.objectInterface[r];
			String text = scanned(pattern);
			if (rules.objectUsable[r] && text != null) {
				List<String> target = pattern.ignoreCase ? lowerLiterals : literals;
				if (literalIndex.putIfAbsent((pattern.ignoreCase ? "i:" : "s:") + text, target.size()) == null) {
					target.add(text);
				}
			}
		}
		IntList[] containing = literals.size() > 2 ? Substrings.find(literals, index.names, index.plain) : null;
		IntList[] lowerContaining = lowerLiterals.size() > 2 ? Substrings.find(lowerLiterals, index.lowerNames(), index.plain) : null;
		IntList[] perInterface = new IntList[index.size];
		for (int r = 0; r < rules.objectRules.length; r++) {
			if (!rules.objectUsable[r]) {
				continue;
			}
			NamePattern pattern = rules.objectInterface[r];
			int[] matched = matches.get(pattern);
			if (matched == null) {
				IntList[] found = pattern.ignoreCase ? lowerContaining : containing;
				Integer literal = literalIndex.get((pattern.ignoreCase ? "i:" : "s:") + scanned(pattern));
				matched = matching(pattern, index, found == null || literal == null ? null : found[literal]);
				matches.put(pattern, matched);
			}
			for (int i : matched) {
				if (perInterface[i] == null) {
					perInterface[i] = new IntList(2);
				}
				perInterface[i].add(r);
			}
		}
		int[][] objects = new int[index.size][];
		for (int i = 0; i < index.size; i++) {
			objects[i] = perInterface[i] == null ? new int[0] : perInterface[i].toArray();
		}
		return objects;
	}

	/** The interfaces whose name the pattern matches. */
	private static int[] matching(NamePattern pattern, InterfaceIndex index, IntList containing) {
		IntList matched = new IntList(16);
		switch (pattern.shape) {
		case LITERAL -> {
			return index.named(pattern.literal, pattern.ignoreCase);
		}
		case PREFIX -> {
			for (int i : index.startingWith(pattern.literal, pattern.ignoreCase)) {
				if (index.plain[i] || pattern.regex.matches(index.names[i])) {
					matched.add(i);
				}
			}
		}
		case CONTAINS -> {
			if (containing != null) {
				int[] all = containing.toArray();
				// The scan skipped names with line terminators; the regex decides those.
				for (int i : index.notPlain()) {
					if (pattern.regex.matches(index.names[i])) {
						all = Arrays.copyOf(all, all.length + 1);
						all[all.length - 1] = i;
					}
				}
				Arrays.sort(all);
				return all;
			}
			scan(pattern, index, matched);
		}
		case REGEX -> {
			if (containing == null) {
				scan(pattern, index, matched);
				break;
			}
			// Only names holding the required text can match; the regex decides among them.
			int[] candidates = containing.toArray();
			for (int i : candidates) {
				if (pattern.regex.matches(index.names[i])) {
					matched.add(i);
				}
			}
			for (int i : index.notPlain()) {
				if (pattern.regex.matches(index.names[i])) {
					matched.add(i);
				}
			}
			int[] all = matched.toArray();
			Arrays.sort(all);
			return all;
		}
		default -> scan(pattern, index, matched);
		}
		return matched.toArray();
	}

	/** The text the one-pass substring scan looks for on the pattern's behalf, or null. */
	private static String scanned(NamePattern pattern) {
		return switch (pattern.shape) {
		case CONTAINS -> pattern.literal;
		case REGEX -> pattern.required;
		default -> null;
		};
	}

	private static void scan(NamePattern pattern, InterfaceIndex index, IntList matched) {
		for (int i = 0; i < index.size; i++) {
			if (index.matches(pattern, i)) {
				matched.add(i);
			}
		}
	}
}
