package io.cartograph.policy.condition;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed condition. {@link Always} stands for an empty condition (a step or flow without one
 * always runs).
 */
public sealed interface Condition {

	/** Whether the condition holds for these variables. */
	boolean test(Variables variables);

	/** The names of the variables the condition reads, in order of appearance. */
	default Set<String> variables() {
		Set<String> names = new LinkedHashSet<>();
		collect(this, names);
		return names;
	}

	private static void collect(Condition condition, Set<String> names) {
		switch (condition) {
		case And and -> {
			collect(and.left(), names);
			collect(and.right(), names);
		}
		case Or or -> {
			collect(or.left(), names);
			collect(or.right(), names);
		}
		case Not not -> collect(not.operand(), names);
		case Comparison comparison -> {
			comparison.left().variableName().ifPresent(names::add);
			comparison.right().variableName().ifPresent(names::add);
		}
		case Truthy truthy -> truthy.operand().variableName().ifPresent(names::add);
		case Always always -> {
			// reads nothing
		}
		}
	}

	/** The empty condition. */
	record Always() implements Condition {
		@Override
		public boolean test(Variables variables) {
			return true;
		}
	}

	record And(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Variables variables) {
			return left.test(variables) && right.test(variables);
		}
	}

	record Or(Condition left, Condition right) implements Condition {
		@Override
		public boolean test(Variables variables) {
			return left.test(variables) || right.test(variables);
		}
	}

	record Not(Condition operand) implements Condition {
		@Override
		public boolean test(Variables variables) {
			return !operand.test(variables);
		}
	}

	record Comparison(Operand left, Operator operator, Operand right) implements Condition {
		@Override
		public boolean test(Variables variables) {
			return Comparisons.holds(left.value(variables).orElse(null), operator, right.value(variables).orElse(null));
		}
	}

	/** A lone operand: true when it has a value that is neither empty nor {@code false}. */
	record Truthy(Operand operand) implements Condition {
		@Override
		public boolean test(Variables variables) {
			return operand.value(variables).filter(value -> !value.isEmpty() && !"false".equals(value.toLowerCase(Locale.ROOT)))
					.isPresent();
		}
	}
}
