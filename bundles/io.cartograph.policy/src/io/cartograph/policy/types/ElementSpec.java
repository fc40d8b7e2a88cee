package io.cartograph.policy.types;

import java.util.List;
import java.util.Optional;

/**
 * An element of a policy: its attributes, the children allowed inside it (in the order the
 * reference lists them), whether it must be there and may repeat, and what its text holds.
 *
 * @param text    the type of the text content, {@code null} when the element holds only children
 * @param allowed the values of {@link ValueType#ENUM} text (empty otherwise)
 */
public record ElementSpec(String name, List<AttributeSpec> attributes, List<ElementSpec> children, boolean required,
		boolean repeatable, ValueType text, String description, List<String> allowed) {

	public ElementSpec {
		attributes = List.copyOf(attributes);
		children = List.copyOf(children);
		allowed = List.copyOf(allowed);
	}

	public ElementSpec(String name, List<AttributeSpec> attributes, List<ElementSpec> children, boolean required,
			boolean repeatable, ValueType text, String description) {
		this(name, attributes, children, required, repeatable, text, description, List.of());
	}

	/** The child allowed here under that name (element names are case-sensitive). */
	public Optional<ElementSpec> child(String childName) {
		return children.stream().filter(child -> child.name.equals(childName)).findFirst();
	}

	public Optional<AttributeSpec> attribute(String attributeName) {
		return attributes.stream().filter(attribute -> attribute.name().equals(attributeName)).findFirst();
	}
}
