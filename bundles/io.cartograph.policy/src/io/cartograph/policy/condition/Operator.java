package io.cartograph.policy.condition;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparison operators, each with its spellings (symbols and words, words in any case).
 * Comparisons are case-sensitive except {@link #EQUALS_CASE_INSENSITIVE}; the ordering ones
 * compare as numbers when both sides are numbers, as strings otherwise.
 */
public enum Operator {

	EQUALS("=", "==", "Equals", "Is"),
	NOT_EQUALS("!=", "NotEquals", "IsNot"),
	EQUALS_CASE_INSENSITIVE(":=", "EqualsCaseInsensitive"),
	GREATER_THAN(">", "GreaterThan"),
	GREATER_THAN_OR_EQUALS(">=", "GreaterThanOrEquals"),
	LESS_THAN("<", "LesserThan", "LessThan"),
	LESS_THAN_OR_EQUALS("<=", "LesserThanOrEquals", "LessThanOrEquals"),
	STARTS_WITH("=|", "StartsWith"),
	/** Glob: {@code *} stands for any run of characters. */
	LIKE("~", "Like", "Matches"),
	/** A Java regex matched against the whole value. */
	JAVA_REGEX("~~", "JavaRegex"),
	/** A path pattern: {@code *} one segment, {@code **} any number of segments. */
	MATCHES_PATH("~/", "MatchesPath", "LikePath");

	private final List<String> spellings;

	Operator(String... spellings) {
		this.spellings = List.of(spellings);
	}

	public List<String> spellings() {
		return spellings;
	}

	/** The symbol, or the first word when the operator has no symbol. */
	public String symbol() {
		return spellings.get(0);
	}

	/** The operator spelled as a word (any case); symbols are found by the lexer. */
	static Optional<Operator> ofWord(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		for (Operator operator : values()) {
			for (String spelling : operator.spellings) {
				if (Character.isLetter(spelling.charAt(0)) && spelling.toLowerCase(Locale.ROOT).equals(lower)) {
					return Optional.of(operator);
				}
			}
		}
		return Optional.empty();
	}
}
