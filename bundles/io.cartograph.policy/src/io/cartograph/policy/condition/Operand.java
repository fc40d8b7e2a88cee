package io.cartograph.policy.condition;

import java.util.Optional;

/** One side of a comparison: a variable, a literal, or null. */
public sealed interface Operand {

	Optional<String> value(Variables variables);

	default Optional<String> variableName() {
		return Optional.empty();
	}

	record Variable(String name) implements Operand {
		@Override
		public Optional<String> value(Variables variables) {
			return variables.get(name);
		}

		@Override
		public Optional<String> variableName() {
			return Optional.of(name);
		}
	}

	/** A quoted string, a number, {@code true} or {@code false}. */
	record Literal(String text) implements Operand {
		@Override
		public Optional<String> value(Variables variables) {
			return Optional.of(text);
		}
	}

	record Null() implements Operand {
		@Override
		public Optional<String> value(Variables variables) {
			return Optional.empty();
		}
	}
}
