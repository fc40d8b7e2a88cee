package io.cartograph.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A rule's regular expression: Java syntax, matched against the whole value ({@code .*} is the
 * wildcard, so {@code SAP} matches only "SAP", not "SAP_ERP"). One that does not compile keeps
 * its error, so that the rule can be flagged and skipped while the others still apply.
 */
public final class RulePattern {

	private final String text;
	private final Pattern pattern;
	private final String error;

	private RulePattern(String text, Pattern pattern, String error) {
		this.text = text;
		this.pattern = pattern;
		this.error = error;
	}

	/** Compiles {@code text}; a blank or missing text matches every value, as {@code .*} does. */
	public static RulePattern of(String text) {
		String source = text == null || text.isBlank() ? ".*" : text;
		try {
			return new RulePattern(source, Pattern.compile(source), null);
		} catch (PatternSyntaxException e) {
			return new RulePattern(source, null, describe(e));
		}
	}

	/** Whether the whole value matches; a missing value is matched as the empty string. Never true for an invalid pattern. */
	public boolean matches(String value) {
		return pattern != null && pattern.matcher(value == null ? "" : value).matches();
	}

	public boolean isValid() {
		return pattern != null;
	}

	/** Why the text is not a regular expression, with the position, e.g. "Unclosed group at 7". */
	public Optional<String> error() {
		return Optional.ofNullable(error);
	}

	public String text() {
		return text;
	}

	@Override
	public String toString() {
		return text;
	}

	private static String describe(PatternSyntaxException e) {
		String reason = e.getDescription();
		return e.getIndex() >= 0 ? reason + " at position " + (e.getIndex() + 1) : reason;
	}
}
