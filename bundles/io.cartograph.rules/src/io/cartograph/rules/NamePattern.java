package io.cartograph.rules;

import java.util.Locale;

/**
 * A {@link RulePattern} plus what its shape allows the engine to skip: most rules are a
 * literal ({@code SAP_ERP}), a prefix ({@code Z_TEST_.*}), a suffix, a substring
 * ({@code .*Order.*}) or everything ({@code .*}), optionally case-insensitive ({@code (?i)}).
 * Those are decided by a string comparison instead of a regex run; every other pattern runs
 * the regex. {@code .} does not match line terminators, so names holding one always take the
 * regex (the caller says which names are "plain").
 */
final class NamePattern {

	enum Shape {
		ALL, LITERAL, PREFIX, SUFFIX, CONTAINS, REGEX
	}

	private static final String METACHARACTERS = "\\.[]{}()*+?^$|";

	final RulePattern regex;
	final Shape shape;
	/** The literal part; lower case (ASCII) when {@link #ignoreCase}. */
	final String literal;
	final boolean ignoreCase;
	/**
	 * For a {@link Shape#REGEX}: text every matching value contains (lower case when
	 * {@link #ignoreCase}), or null; a cheap test before the regex runs.
	 */
	final String required;

	private NamePattern(RulePattern regex, Shape shape, String literal, boolean ignoreCase) {
		this(regex, shape, literal, ignoreCase, null);
	}

	private NamePattern(RulePattern regex, Shape shape, String literal, boolean ignoreCase, String required) {
		this.regex = regex;
		this.shape = shape;
		this.literal = literal;
		this.ignoreCase = ignoreCase;
		this.required = required;
	}

	static NamePattern of(String text) {
		RulePattern regex = RulePattern.of(text);
		if (!regex.isValid()) {
			return new NamePattern(regex, Shape.REGEX, null, false);
		}
		String source = regex.text();
		boolean ignoreCase = source.startsWith("(?i)");
		if (ignoreCase) {
			source = source.substring(4);
		}
		boolean leading = source.startsWith(".*");
		if (leading) {
			source = source.substring(2);
		}
		boolean trailing = false;
		if (source.endsWith(".*") && !source.endsWith("\\.*")) {
			trailing = true;
			source = source.substring(0, source.length() - 2);
		}
		String literal = literal(source);
		if (literal == null || ignoreCase && !isAscii(literal)) {
			String required = RequiredText.of(regex.text());
			boolean lower = regex.text().startsWith("(?i)");
			return new NamePattern(regex, Shape.REGEX, null, lower && required != null, required);
		}
		if (ignoreCase) {
			literal = literal.toLowerCase(Locale.ROOT);
		}
		Shape shape;
		if (literal.isEmpty() && (leading || trailing)) {
			shape = Shape.ALL;
		} else if (leading && trailing) {
			shape = Shape.CONTAINS;
		} else if (leading) {
			shape = Shape.SUFFIX;
		} else if (trailing) {
			shape = Shape.PREFIX;
		} else {
			shape = Shape.LITERAL;
		}
		return new NamePattern(regex, shape, literal, ignoreCase);
	}

	boolean isValid() {
		return regex.isValid();
	}

	/**
	 * Whether the whole value matches, as {@link RulePattern#matches} says. {@code plain}: the
	 * value holds no line terminator; {@code lower}: the value in ASCII lower case (or null when
	 * the pattern does not ignore case).
	 */
	boolean matches(String value, boolean plain, String lower) {
		String subject = ignoreCase ? (lower != null ? lower : lowerAscii(value)) : value;
		return switch (shape) {
		case LITERAL -> subject.equals(literal);
		case ALL -> plain || regex.matches(value);
		case PREFIX -> subject.startsWith(literal) && (plain || regex.matches(value));
		case SUFFIX -> subject.endsWith(literal) && (plain || regex.matches(value));
		case CONTAINS -> subject.contains(literal) && (plain || regex.matches(value));
		case REGEX -> (required == null || subject.contains(required)) && regex.matches(value);
		};
	}

	boolean matches(String value) {
		return matches(value, isPlain(value), null);
	}

	/** No character that {@code .} refuses: then {@code .*} matches any run of it. */
	static boolean isPlain(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
				return false;
			}
		}
		return true;
	}

	/** What Java's CASE_INSENSITIVE (without UNICODE_CASE) compares: only A-Z fold. */
	static String lowerAscii(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c >= 'A' && c <= 'Z') {
				char[] chars = value.toCharArray();
				for (int j = i; j < chars.length; j++) {
					if (chars[j] >= 'A' && chars[j] <= 'Z') {
						chars[j] += 'a' - 'A';
					}
				}
				return new String(chars);
			}
		}
		return value;
	}

	/** The text without regex meaning, escapes of punctuation resolved; null when it has any. */
	private static String literal(String source) {
		StringBuilder literal = new StringBuilder(source.length());
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\\') {
				if (i + 1 >= source.length()) {
					return null;
				}
				char escaped = source.charAt(++i);
				if (Character.isLetterOrDigit(escaped) || escaped > 127) {
					return null;
				}
				literal.append(escaped);
			} else if (METACHARACTERS.indexOf(c) >= 0 || Character.isWhitespace(c) && c != ' ') {
				return null;
			} else {
				literal.append(c);
			}
		}
		return literal.toString();
	}

	private static boolean isAscii(String text) {
		return text.chars().allMatch(c -> c < 128);
	}
}
