package io.cartograph.policy.lint;

import static io.cartograph.policy.lint.SecurityRulesTest.of;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.LintSeverity;
import io.cartograph.model.landscape.PolicyLintSettings;

/** The workspace decides which rules run, how severe they are, and the limits. */
class LintSettingsTest {

	private static ApiManagement workspace(PolicyLintSettings settings) {
		ApiManagement workspace = TestProxy.workspace("backend");
		workspace.setLintSettings(settings);
		return workspace;
	}

	private static PolicyLintSettings settings() {
		PolicyLintSettings settings = TestProxy.MODEL.createPolicyLintSettings();
		settings.setUuid(TestProxy.id());
		return settings;
	}

	private static LintRuleSetting rule(String id, boolean enabled, LintSeverity severity) {
		LintRuleSetting rule = TestProxy.MODEL.createLintRuleSetting();
		rule.setUuid(TestProxy.id());
		rule.setRuleId(id);
		rule.setEnabled(enabled);
		rule.setSeverity(severity);
		return rule;
	}

	private static TestProxy unusedAndBroad() {
		return new TestProxy().policy("ip", Xml.accessControl(Xml.allow("10.0.0.0/20"))).policy("spare", Xml.KVM_GET)
				.pre("ip");
	}

	@Test
	void aDisabledRuleReportsNothing() {
		PolicyLintSettings settings = settings();
		settings.getRules().add(rule(LintRules.POLICY_UNUSED, false, LintSeverity.DEFAULT));
		List<Finding> findings = PolicyLint.lint(unusedAndBroad().proxy, workspace(settings));
		assertTrue(of(LintRules.POLICY_UNUSED, findings).isEmpty(), findings.toString());
		assertEquals(1, of(LintRules.CIDR_TOO_BROAD, findings).size());
	}

	@Test
	void theWorkspaceCanChangeASeverity() {
		PolicyLintSettings settings = settings();
		settings.getRules().add(rule(LintRules.POLICY_UNUSED, true, LintSeverity.ERROR));
		settings.getRules().add(rule(LintRules.CIDR_TOO_BROAD, true, LintSeverity.DEFAULT));
		List<Finding> findings = PolicyLint.lint(unusedAndBroad().proxy, workspace(settings));
		assertEquals(Severity.ERROR, of(LintRules.POLICY_UNUSED, findings).get(0).severity());
		assertEquals(Severity.WARNING, of(LintRules.CIDR_TOO_BROAD, findings).get(0).severity());
	}

	@Test
	void theBroadestPrefixAndTheLongestTimeoutAreSettings() {
		PolicyLintSettings settings = settings();
		settings.setBroadestIpv4Prefix(16);
		settings.setLongestCalloutTimeoutMillis(200_000);
		TestProxy proxy = unusedAndBroad().policy("call", Xml.callout("120000")).pre("call");
		List<Finding> findings = PolicyLint.lint(proxy.proxy, workspace(settings));
		assertTrue(of(LintRules.CIDR_TOO_BROAD, findings).isEmpty(), findings.toString());
		assertTrue(of(LintRules.CALLOUT_TIMEOUT_TOO_LONG, findings).isEmpty(), findings.toString());
		settings.setBroadestIpv4Prefix(21);
		assertEquals(1, of(LintRules.CIDR_TOO_BROAD, PolicyLint.lint(proxy.proxy, workspace(settings))).size());
		assertEquals(24, LintSettings.of(settings()).broadestIpv4Prefix()); // 0 means the default
		assertEquals(48, LintSettings.of(null).broadestIpv6Prefix());
	}

	@Test
	void ruleIdsAreUniqueAndEveryFindingUsesAListedRule() {
		Set<String> ids = new HashSet<>();
		LintRules.all().forEach(rule -> assertTrue(ids.add(rule.id()), rule.id()));
		assertTrue(ids.size() >= 25);
		PolicyLint.lint(unusedAndBroad().proxy, null).forEach(finding -> assertTrue(ids.contains(finding.ruleId())));
	}
}
