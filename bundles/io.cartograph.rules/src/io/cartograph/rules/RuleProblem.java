package io.cartograph.rules;

/**
 * A rule whose regex does not compile: it is flagged and skipped, the other rules still apply.
 *
 * @param kind     "System mapping rule" or "Object rule"
 * @param position 1-based position in its list
 * @param uuid     the rule's uuid
 * @param field    "Interface" or "Original System"
 * @param pattern  the text that does not compile
 * @param error    why, with the position in the text, e.g. "Unclosed group at position 7"
 */
public record RuleProblem(String kind, int position, String uuid, String field, String pattern, String error) {

	/** {@code System mapping rule 3: Interface '(unclosed' is not a regular expression: Unclosed group at position 10} */
	public String line() {
		return kind + " " + position + ": " + field + " '" + pattern + "' is not a regular expression: " + error
				+ "; the rule is skipped";
	}
}
