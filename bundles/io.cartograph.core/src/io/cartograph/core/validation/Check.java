package io.cartograph.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/**
 * The landscape's validation rules. Each diagnostic a rule reports carries the rule's
 * {@link #code()} and the source {@link LandscapeValidation#SOURCE}; docs/validation.md describes
 * them for users.
 */
public enum Check {
	/** A data source lacks a connection field its type or product needs, or has the wrong kind of authentication. */
	CONNECTION_FIELDS(Diagnostic.ERROR),
	/** A transformation rule's interface pattern is blank or not a Java regular expression. */
	PATTERN(Diagnostic.ERROR),
	/** An IP allowlist entry is not an IPv4 or IPv6 address or CIDR block (broad blocks only warn). */
	CIDR(Diagnostic.ERROR),
	/** Two objects of a kind share a name (or email), or one that needs a name has none. */
	UNIQUE_NAME(Diagnostic.ERROR),
	/** A property value does not match its definition's format, or has no definition. */
	PROPERTY_FORMAT(Diagnostic.ERROR),
	/** An end-to-end integration lists no interfaces. */
	INTEGRATION_INTERFACES(Diagnostic.ERROR),
	/** A data source has a task of a type its platform does not run. */
	TASK_TYPE(Diagnostic.WARNING),
	/** A credential (authentication, proxy password, key value map entry) has no secret reference. */
	SECRET_REFERENCE(Diagnostic.ERROR),
	/** The policy lint found something in an API proxy; the severity is the lint rule's (as set in the workspace). */
	POLICY_LINT(Diagnostic.WARNING),
	/** An end-to-end integration's systems and interfaces do not line up (sender, receiver, hand-overs). */
	INTEGRATION_FLOW(Diagnostic.WARNING);

	private final int severity;

	Check(int severity) {
		this.severity = severity;
	}

	/** The diagnostic code: stable, starting at 1. */
	public int code() {
		return ordinal() + 1;
	}

	/** The usual severity ({@link Diagnostic#ERROR} or {@link Diagnostic#WARNING}); some findings are milder. */
	public int severity() {
		return severity;
	}

	/** The rule of a diagnostic code, or null for codes that are not ours. */
	public static Check ofCode(int code) {
		return code >= 1 && code <= values().length ? values()[code - 1] : null;
	}
}
