package io.cartograph.policy.types;

import java.util.List;

/**
 * An attribute a policy element may carry.
 *
 * @param allowed the values of an {@link ValueType#ENUM} attribute (empty otherwise)
 */
public record AttributeSpec(String name, ValueType type, boolean required, String description, List<String> allowed) {

	public AttributeSpec {
		allowed = List.copyOf(allowed);
	}

	public AttributeSpec(String name, ValueType type, boolean required, String description) {
		this(name, type, required, description, List.of());
	}
}
