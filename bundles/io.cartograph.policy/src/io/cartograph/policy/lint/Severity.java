package io.cartograph.policy.lint;

/** How bad a finding is: errors fail {@code policy lint}, warnings count against --max-warnings. */
public enum Severity {
	ERROR, WARNING, INFO
}
