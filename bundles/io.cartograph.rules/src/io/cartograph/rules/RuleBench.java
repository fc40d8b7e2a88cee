package io.cartograph.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * What the rules editor's test bench shows, computed without UI: per rule what it wins, the rules
 * that never get a chance (shadowed), the interfaces no rule harmonizes, and for a typed-in case
 * which rule wins and why each earlier one did not.
 */
public final class RuleBench {

	/** How many slots a system rule wins (a slot is one interface's sender or receiver) and a few of the interfaces. */
	public record RuleWins(int position, SystemMappingRule rule, int senders, int receivers, List<Interface> sample) {

		public int total() {
			return senders + receivers;
		}
	}

	/** How many interfaces an object rule adds its object to, and a few of them. */
	public record ObjectRuleMatches(int position, ObjectRule rule, int interfaces, List<Interface> sample) {
	}

	/**
	 * A usable rule that an earlier one keeps from winning.
	 *
	 * @param byPositions the earlier rules that win instead (1-based)
	 * @param always      true when the patterns prove it for any interface; false when only the
	 *                    current interfaces show it (it matches {@code matched} slots, all taken)
	 */
	public record ShadowedRule(int position, SystemMappingRule rule, List<Integer> byPositions, boolean always, int matched,
			String reason) {
	}

	/** An interface with at least one slot that no rule harmonizes. */
	public record UnmatchedInterface(Interface item, boolean sender, boolean receiver) {
	}

	/** One rule's verdict on the typed-in case. */
	public record RuleVerdict(int position, SystemMappingRule rule, boolean wins, String reason) {
	}

	/** Which rule wins (null and 0 when none) and each rule's verdict up to it, in order. */
	public record Explanation(SystemMappingRule winner, int position, List<RuleVerdict> verdicts) {
	}

	private final RuleResults results;
	private final CompiledRules rules;

	public RuleBench(RuleBook book, List<Interface> interfaces) {
		this(RuleEngine.apply(book, interfaces));
	}

	public RuleBench(RuleResults results) {
		this.results = results;
		this.rules = results.rules;
	}

	public RuleResults results() {
		return results;
	}

	/** Every system rule in order, with what it wins (nothing when disabled or invalid). */
	public List<RuleWins> systemRuleWins(int sampleSize) {
		int count = rules.systemRules.length;
		int[][] wins = new int[count][2];
		List<List<Interface>> samples = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			samples.add(new ArrayList<>());
		}
		for (int i = 0; i < results.size(); i++) {
			for (Slot slot : Slot.values()) {
				int r = results.winners[slot.ordinal()][i];
				if (r >= 0) {
					wins[r][slot.ordinal()]++;
					List<Interface> sample = samples.get(r);
					Interface item = results.index.items.get(i);
					if (sample.size() < sampleSize && (sample.isEmpty() || sample.get(sample.size() - 1) != item)) {
						sample.add(item);
					}
				}
			}
		}
		List<RuleWins> all = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			all.add(new RuleWins(r + 1, rules.systemRules[r], wins[r][0], wins[r][1], List.copyOf(samples.get(r))));
		}
		return all;
	}

	public List<ObjectRuleMatches> objectRuleMatches(int sampleSize) {
		int count = rules.objectRules.length;
		int[] matches = new int[count];
		List<List<Interface>> samples = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			samples.add(new ArrayList<>());
		}
		for (int i = 0; i < results.size(); i++) {
			for (int r : results.objectMatches[i]) {
				matches[r]++;
				if (samples.get(r).size() < sampleSize) {
					samples.get(r).add(results.index.items.get(i));
				}
			}
		}
		List<ObjectRuleMatches> all = new ArrayList<>(count);
		for (int r = 0; r < count; r++) {
			all.add(new ObjectRuleMatches(r + 1, rules.objectRules[r], matches[r], List.copyOf(samples.get(r))));
		}
		return all;
	}

	/**
	 * Usable rules that never win because an earlier one comes first: always (an earlier usable
	 * rule with match-all or identical Interface and Original System patterns and no narrower data
	 * source filter), or on these interfaces (it wins nothing, but matches slots that earlier
	 * rules took).
	 */
	public List<ShadowedRule> shadowedRules() {
		List<ShadowedRule> shadowed = new ArrayList<>();
		List<RuleWins> wins = systemRuleWins(0);
		for (int r = 0; r < rules.systemRules.length; r++) {
			if (!rules.systemUsable[r]) {
				continue;
			}
			ShadowedRule always = alwaysShadowed(r);
			if (always != null) {
				shadowed.add(always);
			} else if (wins.get(r).total() == 0) {
				ShadowedRule seen = shadowedHere(r);
				if (seen != null) {
					shadowed.add(seen);
				}
			}
		}
		return shadowed;
	}

	private ShadowedRule alwaysShadowed(int r) {
		for (int e = 0; e < r; e++) {
			if (rules.systemUsable[e] && covers(e, r)) {
				return new ShadowedRule(r + 1, rules.systemRules[r], List.of(e + 1), true, 0,
						"rule " + (e + 1) + " comes first and matches everything this rule matches ("
								+ describe(e) + ")");
			}
		}
		return null;
	}

	/** Whether every slot rule {@code r} matches is matched by rule {@code e} too, judged by the patterns alone. */
	private boolean covers(int e, int r) {
		boolean names = rules.systemInterface[e].shape == NamePattern.Shape.ALL
				|| rules.systemInterface[e].regex.text().equals(rules.systemInterface[r].regex.text());
		boolean originals;
		if (rules.systemSpecial[e] != null) {
			originals = rules.systemSpecial[e] == rules.systemSpecial[r];
		} else if (rules.systemOriginal[e].shape == NamePattern.Shape.ALL) {
			originals = true;
		} else {
			originals = rules.systemSpecial[r] == null
					&& rules.systemOriginal[e].regex.text().equals(rules.systemOriginal[r].regex.text());
		}
		DataSource earlier = rules.systemRules[e].getDataSourceFilter();
		return names && originals && (earlier == null || earlier == rules.systemRules[r].getDataSourceFilter());
	}

	private String describe(int e) {
		SystemMappingRule rule = rules.systemRules[e];
		DataSource filter = rule.getDataSourceFilter();
		return "Interface '" + rules.systemInterface[e].regex.text() + "', Original System '"
				+ (rules.systemSpecial[e] != null ? rules.systemSpecial[e].word() : rules.systemOriginal[e].regex.text())
				+ "'" + (filter == null ? "" : ", data source " + filter.getName());
	}

	private ShadowedRule shadowedHere(int r) {
		InterfaceIndex index = results.index;
		DataSource filter = rules.systemRules[r].getDataSourceFilter();
		NamePattern name = rules.systemInterface[r];
		int matched = 0;
		TreeSet<Integer> by = new TreeSet<>();
		for (int i = 0; i < index.size; i++) {
			if (filter != null && filter != index.dataSources[i] || !index.matches(name, i)) {
				continue;
			}
			for (Slot slot : Slot.values()) {
				if (rules.originalMatches(r, slot, index.values.get(index.valueIds[slot.ordinal()][i]))) {
					matched++;
					by.add(results.winners[slot.ordinal()][i] + 1);
				}
			}
		}
		if (matched == 0) {
			return null;
		}
		return new ShadowedRule(r + 1, rules.systemRules[r], List.copyOf(by), false, matched,
				"wins nothing: the " + matched + (matched == 1 ? " slot" : " slots") + " it matches are taken by rule"
						+ (by.size() == 1 ? " " : "s ") + by.toString().replaceAll("[\\[\\]]", ""));
	}

	/** Interfaces where at least one slot has no winning rule, in the given order. */
	public List<UnmatchedInterface> unmatched() {
		List<UnmatchedInterface> unmatched = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			boolean sender = results.winners[Slot.SENDER.ordinal()][i] < 0;
			boolean receiver = results.winners[Slot.RECEIVER.ordinal()][i] < 0;
			if (sender || receiver) {
				unmatched.add(new UnmatchedInterface(results.index.items.get(i), sender, receiver));
			}
		}
		return unmatched;
	}

	/**
	 * The test field: which rule wins a slot whose interface has this name, this original value
	 * ({@code null} or {@code ""} for an empty slot) and this data source ({@code null} for none),
	 * with each rule's reason up to the winner (all rules when none wins).
	 */
	public Explanation explain(String interfaceName, String originalSystem, Slot slot, DataSource dataSource) {
		String name = interfaceName == null ? "" : interfaceName;
		String original = originalSystem == null ? "" : originalSystem;
		List<RuleVerdict> verdicts = new ArrayList<>();
		for (int r = 0; r < rules.systemRules.length; r++) {
			String reason = whyNot(r, name, original, slot, dataSource);
			SystemMappingRule rule = rules.systemRules[r];
			if (reason == null) {
				verdicts.add(new RuleVerdict(r + 1, rule, true, "wins: the first enabled rule that matches ("
						+ describe(r) + ")"));
				return new Explanation(rule, r + 1, List.copyOf(verdicts));
			}
			verdicts.add(new RuleVerdict(r + 1, rule, false, reason));
		}
		return new Explanation(null, 0, List.copyOf(verdicts));
	}

	/** Why rule {@code r} does not match the case, or null when it does. */
	private String whyNot(int r, String name, String original, Slot slot, DataSource dataSource) {
		SystemMappingRule rule = rules.systemRules[r];
		if (!rules.systemInterface[r].isValid()) {
			return "skipped: Interface '" + rules.systemInterface[r].regex.text() + "' does not compile ("
					+ rules.systemInterface[r].regex.error().orElse("") + ")";
		}
		if (rules.systemOriginal[r] != null && !rules.systemOriginal[r].isValid()) {
			return "skipped: Original System '" + rules.systemOriginal[r].regex.text() + "' does not compile ("
					+ rules.systemOriginal[r].regex.error().orElse("") + ")";
		}
		if (!rule.isEnabled()) {
			return "disabled";
		}
		if (!rules.systemInterface[r].matches(name)) {
			return "Interface '" + rules.systemInterface[r].regex.text() + "' does not match the whole name '" + name + "'";
		}
		Slot special = rules.systemSpecial[r];
		if (special != null && special != slot) {
			return "Original System '" + special.word() + "' matches only the " + special.word().toLowerCase(Locale.ROOT)
					+ " slot";
		}
		if (special != null && !original.isEmpty()) {
			return "Original System '" + special.word() + "' matches only an empty " + special.word().toLowerCase(Locale.ROOT)
					+ ", this one is '" + original + "'";
		}
		if (special == null && !rules.systemOriginal[r].matches(original)) {
			return "Original System '" + rules.systemOriginal[r].regex.text() + "' does not match the whole value '"
					+ original + "'";
		}
		DataSource filter = rule.getDataSourceFilter();
		if (filter != null && filter != dataSource) {
			return "only for data source " + filter.getName() + ", not "
					+ (dataSource == null ? "an interface without data source" : Objects.toString(dataSource.getName()));
		}
		return null;
	}
}
