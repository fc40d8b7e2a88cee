package io.cartograph.policy.lint;

import java.util.List;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;

/**
 * Checks a proxy's flows and policies against the rules of {@link LintRules}. Reads only the
 * model: nothing is changed, no secret value is ever read (key value map entries stay references).
 */
public final class PolicyLint {

	private PolicyLint() {
	}

	/**
	 * @param workspace gives key value maps, API providers and the lint settings; null checks the proxy
	 *                  alone with default settings (references to maps and providers are then not checked)
	 * @return the findings, by file and line
	 */
	public static List<Finding> lint(ApiProxy proxy, ApiManagement workspace) {
		LintSettings settings = LintSettings.of(workspace == null ? null : workspace.getLintSettings());
		return lint(proxy, workspace, settings);
	}

	/** With explicit settings (the CLI and tests), e.g. {@link LintSettings#DEFAULTS}. */
	public static List<Finding> lint(ApiProxy proxy, ApiManagement workspace, LintSettings settings) {
		Findings findings = new Findings(settings);
		ProxyView view = new ProxyView(proxy);
		PolicyChecks.check(view, workspace, findings);
		new AccessControlCheck(view, findings).check();
		CredentialCheck.check(view, findings);
		FlowOrderChecks.check(view, findings);
		FlowChecks.check(view, workspace, findings);
		PrivateVariablesCheck.check(view, findings);
		return findings.sorted();
	}
}
