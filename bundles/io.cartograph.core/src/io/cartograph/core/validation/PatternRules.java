package io.cartograph.core.validation;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * Transformation rules match interface names with Java regular expressions against the whole
 * name ({@code .*Order.*}, not {@code Order}), as the rule engine does.
 */
public final class PatternRules {

	private PatternRules() {
	}

	/** Why the text is not a usable interface pattern, or empty when it is one. */
	public static Optional<String> problem(String pattern) {
		if (pattern == null || pattern.isBlank()) {
			return Optional.of("the interface pattern is empty (.* matches every interface)");
		}
		try {
			Pattern.compile(pattern);
			return Optional.empty();
		} catch (PatternSyntaxException e) {
			return Optional.of("'" + pattern + "' is not a regular expression: " + e.getDescription()
					+ (e.getIndex() >= 0 ? " at position " + (e.getIndex() + 1) : ""));
		}
	}

	static void check(SystemMappingRule rule, Findings findings) {
		check(rule, rule.getInterfacePattern(), LandscapePackage.Literals.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN, findings);
	}

	static void check(ObjectRule rule, Findings findings) {
		check(rule, rule.getInterfacePattern(), LandscapePackage.Literals.OBJECT_RULE__INTERFACE_PATTERN, findings);
	}

	private static void check(EObject rule, String pattern, EAttribute feature, Findings findings) {
		problem(pattern).ifPresent(problem -> findings.report(Check.PATTERN, rule, feature,
				ObjectLabels.kind(rule.eClass()) + " " + position(rule) + ": " + problem
						+ ". Correct the pattern; the rule is not applied until it compiles."));
	}

	private static int position(EObject rule) {
		return rule.eContainer() == null ? 1 : ((java.util.List<?>) rule.eContainer().eGet(rule.eContainingFeature())).indexOf(rule) + 1;
	}
}
