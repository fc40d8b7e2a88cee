package io.cartograph.policy.types;

import java.util.List;
import java.util.Optional;

/**
 * A known policy type: the spec of its root element (named like the type) and what it is for.
 */
public record PolicyType(String name, ElementSpec root, String summary) {

	/**
	 * The spec of the element at a path of element names from the root, e.g.
	 * {@code ["AssignMessage", "Set", "Headers"]}; the root's own name may be left out
	 * ({@code ["Set", "Headers"]}). Content assist asks this for the children and attributes
	 * allowed where the cursor is.
	 */
	public Optional<ElementSpec> elementAt(List<String> path) {
		List<String> rest = !path.isEmpty() && path.get(0).equals(root.name()) ? path.subList(1, path.size()) : path;
		Optional<ElementSpec> current = Optional.of(root);
		for (String step : rest) {
			current = current.flatMap(spec -> spec.child(step));
		}
		return current;
	}

	/** Whether this is a security policy: one whose failure must stop the request. */
	public boolean security() {
		return PolicyTypes.isSecurity(name);
	}
}
