package io.cartograph.ui.policy.xml;

import java.util.List;
import java.util.Optional;

import io.cartograph.policy.types.ElementSpec;
import io.cartograph.policy.types.PolicyType;
import io.cartograph.policy.types.PolicyTypes;

/**
 * What the typed-policy specifications allow where the cursor is; for policy types or places
 * they do not describe, what our templates use there.
 */
final class SpecVocabulary implements Vocabulary {

	private final Vocabulary otherwise;

	SpecVocabulary(Vocabulary otherwise) {
		this.otherwise = otherwise;
	}

	@Override
	public List<Choice> children(List<String> path) {
		if (path.isEmpty()) {
			return PolicyTypes.all().stream().map(type -> new Choice(type.name(), type.summary())).toList();
		}
		return element(path).map(spec -> spec.children().stream().map(child -> new Choice(child.name(), describe(child))).toList())
				.orElseGet(() -> otherwise.children(path));
	}

	@Override
	public List<Choice> attributes(List<String> path) {
		return element(path)
				.map(spec -> spec.attributes().stream()
						.map(attribute -> new Choice(attribute.name(),
								(attribute.required() ? "required. " : "") + nonNull(attribute.description())))
						.toList())
				.orElseGet(() -> otherwise.attributes(path));
	}

	private static Optional<ElementSpec> element(List<String> path) {
		Optional<PolicyType> type = PolicyTypes.of(path.get(0));
		return type.flatMap(known -> known.elementAt(path));
	}

	private static String describe(ElementSpec child) {
		String how = child.required() ? "required" : "optional";
		if (child.repeatable()) {
			how += ", repeatable";
		}
		return how + ". " + nonNull(child.description());
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
