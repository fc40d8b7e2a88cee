package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.FLOW__CONDITION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.POLICY__XML;
import static io.cartograph.model.landscape.LandscapePackage.Literals.STEP__CONDITION;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.Step;
import io.cartograph.policy.lint.Finding;
import io.cartograph.policy.lint.PolicyLint;

/**
 * The policy lint in the Problems view: every finding of {@link PolicyLint} on an API proxy, with
 * the workspace's rule settings, shown on the policy, step or flow it is about (double-click
 * opens it), with its rule id and place in the bundle.
 */
final class PolicyLintRules {

	private PolicyLintRules() {
	}

	static void check(ApiProxy proxy, Findings findings) {
		ApiManagement workspace = proxy.eContainer() instanceof ApiManagement apiManagement ? apiManagement : null;
		for (Finding finding : PolicyLint.lint(proxy, workspace)) {
			EObject at = finding.subject() != null && EcoreUtil.isAncestor(proxy, finding.subject()) ? finding.subject() : proxy;
			findings.report(Check.POLICY_LINT, severity(finding), at, feature(at),
					ObjectLabels.label(proxy) + ": " + finding.ruleId() + " " + finding.message() + " (" + place(finding) + ")");
		}
	}

	private static int severity(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> Diagnostic.ERROR;
		case WARNING -> Diagnostic.WARNING;
		case INFO -> Diagnostic.INFO;
		};
	}

	private static EStructuralFeature feature(EObject at) {
		return switch (at) {
		case Policy policy -> POLICY__XML;
		case Step step -> STEP__CONDITION;
		case Flow flow -> FLOW__CONDITION;
		default -> null;
		};
	}

	private static String place(Finding finding) {
		return finding.file() + (finding.line() > 0 ? ":" + finding.line() : "");
	}
}
