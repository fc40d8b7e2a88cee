package io.cartograph.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

/** The outcome of applying a rule book to a list of interfaces; nothing in the model has changed. */
public final class RuleResults {

	final CompiledRules rules;
	final InterfaceIndex index;
	/** Per slot, per interface: the index of the winning system rule, -1 for none. */
	final int[][] winners;
	/** Per interface: the indices of the matching object rules, ascending. */
	final int[][] objectMatches;

	RuleResults(CompiledRules rules, InterfaceIndex index, int[][] winners, int[][] objectMatches) {
		this.rules = rules;
		this.index = index;
		this.winners = winners;
		this.objectMatches = objectMatches;
	}

	/** The interfaces, in the order they were given. */
	public List<Interface> interfaces() {
		return index.items;
	}

	public int size() {
		return index.size;
	}

	/** The rules whose regex does not compile: skipped, in rule-book order. */
	public List<RuleProblem> problems() {
		return List.copyOf(rules.problems);
	}

	/** Whether at least one rule could be applied (some enabled rule compiles). */
	public boolean anyUsableRule() {
		for (boolean usable : rules.systemUsable) {
			if (usable) {
				return true;
			}
		}
		for (boolean usable : rules.objectUsable) {
			if (usable) {
				return true;
			}
		}
		return false;
	}

	public InterfaceResult result(int i) {
		int sender = winners[Slot.SENDER.ordinal()][i];
		int receiver = winners[Slot.RECEIVER.ordinal()][i];
		List<ObjectRule> objects = new ArrayList<>(objectMatches[i].length);
		for (int r : objectMatches[i]) {
			objects.add(rules.objectRules[r]);
		}
		return new InterfaceResult(index.items.get(i), systemRule(sender), sender + 1, systemRule(receiver), receiver + 1,
				List.copyOf(objects));
	}

	public List<InterfaceResult> results() {
		List<InterfaceResult> results = new ArrayList<>(index.size);
		for (int i = 0; i < index.size; i++) {
			results.add(result(i));
		}
		return results;
	}

	/** Whether both say the same for every interface: same winners, same object rules. */
	public boolean sameAs(RuleResults other) {
		return index.size == other.index.size && Arrays.deepEquals(winners, other.winners)
				&& Arrays.deepEquals(objectMatches, other.objectMatches);
	}

	/** The first interface where the two differ, as text, or null when they agree. */
	public String firstDifference(RuleResults other) {
		for (int i = 0; i < Math.min(index.size, other.index.size); i++) {
			for (Slot slot : Slot.values()) {
				if (winners[slot.ordinal()][i] != other.winners[slot.ordinal()][i]) {
					return index.names[i] + " " + slot + ": rule " + (winners[slot.ordinal()][i] + 1) + " vs "
							+ (other.winners[slot.ordinal()][i] + 1);
				}
			}
			if (!Arrays.equals(objectMatches[i], other.objectMatches[i])) {
				return index.names[i] + " objects: " + Arrays.toString(objectMatches[i]) + " vs "
						+ Arrays.toString(other.objectMatches[i]);
			}
		}
		return index.size == other.index.size ? null : "sizes " + index.size + " vs " + other.index.size;
	}

	private SystemMappingRule systemRule(int r) {
		return r < 0 ? null : rules.systemRules[r];
	}
}
