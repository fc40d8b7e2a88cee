package io.cartograph.policy.lint;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.cartograph.model.landscape.LintRuleSetting;
import io.cartograph.model.landscape.LintSeverity;
import io.cartograph.model.landscape.PolicyLintSettings;

/**
 * The workspace's lint settings with their defaults filled in: 0 in the model means "not set"
 * (IPv4 /24, IPv6 /48, 30 000 ms).
 */
public record LintSettings(Set<String> disabled, Map<String, Severity> severities, int broadestIpv4Prefix,
		int broadestIpv6Prefix, int longestCalloutTimeoutMillis) {

	public static final LintSettings DEFAULTS = new LintSettings(Set.of(), Map.of(), 24, 48, 30_000);

	public static LintSettings of(PolicyLintSettings settings) {
		if (settings == null) {
			return DEFAULTS;
		}
		Set<String> disabled = new HashSet<>();
		Map<String, Severity> severities = new HashMap<>();
		for (LintRuleSetting rule : settings.getRules()) {
			if (rule.getRuleId() == null) {
				continue;
			}
			if (!rule.isEnabled()) {
				disabled.add(rule.getRuleId());
			}
			if (rule.getSeverity() != null && rule.getSeverity() != LintSeverity.DEFAULT) {
				severities.put(rule.getRuleId(), Severity.valueOf(rule.getSeverity().getName()));
			}
		}
		return new LintSettings(Set.copyOf(disabled), Map.copyOf(severities), orDefault(settings.getBroadestIpv4Prefix(), 24),
				orDefault(settings.getBroadestIpv6Prefix(), 48), orDefault(settings.getLongestCalloutTimeoutMillis(), 30_000));
	}

	public boolean enabled(String ruleId) {
		return !disabled.contains(ruleId);
	}

	/** The severity the workspace gives the rule (its default unless overridden). */
	public Severity severity(String ruleId) {
		Severity override = severities.get(ruleId);
		return override != null ? override : LintRules.of(ruleId).map(LintRule::defaultSeverity).orElse(Severity.WARNING);
	}

	private static int orDefault(int value, int fallback) {
		return value > 0 ? value : fallback;
	}
}
