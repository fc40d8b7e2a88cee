package io.cartograph.ui.policy.xml;

/** A problem of the policy text, where it is (offset and length in the text) and how bad. */
public record PolicyProblem(Severity severity, int offset, int length, String message) {

	public enum Severity {
		ERROR, WARNING, INFO
	}
}
