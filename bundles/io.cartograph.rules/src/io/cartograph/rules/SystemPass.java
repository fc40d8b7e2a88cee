package io.cartograph.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import io.cartograph.model.landscape.DataSource;

/**
 * First-match-wins for one slot, rule by rule: each rule looks only at interfaces whose original
 * value it accepts and that no earlier rule took. The interfaces wait in one bucket per distinct
 * original value; a bucket drops the interfaces that got a winner while it is walked.
 */
final class SystemPass {

	private final CompiledRules rules;
	private final InterfaceIndex index;
	/** Per Original System pattern: which distinct values it accepts. */
	private final Map<NamePattern, boolean[]> accepted = new HashMap<>();
	/** Per Interface regex: per interface 0 not tried yet, 1 matches, 2 does not. */
	private final Map<NamePattern, byte[]> remembered = new HashMap<>();

	SystemPass(CompiledRules rules, InterfaceIndex index) {
		this.rules = rules;
		this.index = index;
	}

	/** Per interface, the index of the rule that wins this slot, or -1. */
	int[] run(Slot slot) {
		int[] values = index.valueIds[slot.ordinal()];
		int[] winners = new int[index.size];
		Arrays.fill(winners, -1);
		IntList[] buckets = new IntList[index.values.size()];
		for (int i = 0; i < index.size; i++) {
			IntList bucket = buckets[values[i]];
			if (bucket == null) {
				bucket = buckets[values[i]] = new IntList();
			}
			bucket.add(i);
		}
		int open = index.size;
		for (int r = 0; r < rules.systemRules.length && open > 0; r++) {
			if (!rules.systemUsable[r]) {
				continue;
			}
			boolean[] accepts = accepts(r, slot);
			if (accepts == null) {
				continue;
			}
			DataSource filter = rules.systemRules[r].getDataSourceFilter();
			NamePattern name = rules.systemInterface[r];
			int waiting = 0;
			for (int v = 0; v < buckets.length; v++) {
				if (accepts[v] && buckets[v] != null) {
					waiting += buckets[v].size;
				}
			}
			if (waiting == 0) {
				continue;
			}
			int[] named = byName(name, waiting);
			if (named != null) {
				for (int i : named) {
					if (winners[i] < 0 && accepts[values[i]] && (filter == null || filter == index.dataSources[i])
							&& index.matches(name, i)) {
						winners[i] = r;
						open--;
					}
				}
				continue;
			}
			for (int v = 0; v < buckets.length; v++) {
				IntList bucket = buckets[v];
				if (!accepts[v] || bucket == null) {
					continue;
				}
				int kept = 0;
				for (int k = 0; k < bucket.size; k++) {
					int i = bucket.items[k];
					if (winners[i] >= 0) {
						continue;
					}
					if ((filter == null || filter == index.dataSources[i]) && nameMatches(name, i)) {
						winners[i] = r;
						open--;
					} else {
						bucket.items[kept++] = i;
					}
				}
				bucket.size = kept;
			}
		}
		return winners;
	}

	/**
	 * Whether the name matches; a regex's answers are remembered, because rules often repeat an
	 * Interface regex with other Original Systems and would run it again on the same names.
	 */
	private boolean nameMatches(NamePattern name, int i) {
		if (name.shape != NamePattern.Shape.REGEX) {
			return index.matches(name, i);
		}
		byte[] known = remembered.computeIfAbsent(name, pattern -> new byte[index.size]);
		if (known[i] == 0) {
			known[i] = index.matches(name, i) ? (byte) 1 : (byte) 2;
		}
		return known[i] == 1;
	}

	/** The interfaces a literal or prefix name pattern can match, when fewer than those waiting; else null. */
	private int[] byName(NamePattern name, int waiting) {
		if (name.shape == NamePattern.Shape.LITERAL) {
			return index.named(name.literal, name.ignoreCase);
		}
		if (name.shape == NamePattern.Shape.PREFIX && waiting > 64) {
			int[] range = index.startingWith(name.literal, name.ignoreCase);
			return range.length < waiting ? range : null;
		}
		return null;
	}

	/** Which distinct original values rule {@code r} accepts in this slot; null for none. */
	private boolean[] accepts(int r, Slot slot) {
		Slot special = rules.systemSpecial[r];
		if (special != null) {
			if (special != slot) {
				return null;
			}
			boolean[] empty = new boolean[index.values.size()];
			empty[index.emptyValue] = true;
			return empty;
		}
		return accepted.computeIfAbsent(rules.systemOriginal[r], this::evaluate);
	}

	private boolean[] evaluate(NamePattern pattern) {
		boolean[] accepts = new boolean[index.values.size()];
		if (pattern.shape == NamePattern.Shape.LITERAL && !pattern.ignoreCase) {
			Integer id = index.ids.get(pattern.literal);
			if (id != null) {
				accepts[id] = true;
			}
			return accepts;
		}
		for (int v = 0; v < accepts.length; v++) {
			accepts[v] = pattern.matches(index.values.get(v));
		}
		return accepts;
	}
}
