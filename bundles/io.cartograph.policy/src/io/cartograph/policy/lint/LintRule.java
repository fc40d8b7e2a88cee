package io.cartograph.policy.lint;

import java.util.List;

/**
 * A lint rule: its stable id, its severity unless the workspace says otherwise, a one-line
 * title, and the apigeelint plugin ids that check the same thing (empty when there is none).
 */
public record LintRule(String id, Severity defaultSeverity, String title, List<String> apigeelintIds) {

	public LintRule {
		apigeelintIds = List.copyOf(apigeelintIds);
	}
}
