package io.cartograph.policy.condition;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** What each operator means for two values (null: the variable is not set). */
final class Comparisons {

	private Comparisons() {
	}

	static boolean holds(String left, Operator operator, String right) {
		return switch (operator) {
		case EQUALS -> same(left, right);
		case NOT_EQUALS -> !same(left, right);
		case EQUALS_CASE_INSENSITIVE -> left == null ? right == null : right != null && left.equalsIgnoreCase(right);
		case GREATER_THAN -> left != null && right != null && compare(left, right) > 0;
		case GREATER_THAN_OR_EQUALS -> left != null && right != null && compare(left, right) >= 0;
		case LESS_THAN -> left != null && right != null && compare(left, right) < 0;
		case LESS_THAN_OR_EQUALS -> left != null && right != null && compare(left, right) <= 0;
		case STARTS_WITH -> left != null && right != null && left.startsWith(right);
		case LIKE -> left != null && right != null && glob(right).matcher(left).matches();
		case JAVA_REGEX -> left != null && right != null && regexMatches(right, left);
		case MATCHES_PATH -> left != null && right != null && pathMatches(right.split("/", -1), 0, left.split("/", -1), 0);
		};
	}

	private static boolean same(String left, String right) {
		if (left == null || right == null) {
			return left == right;
		}
		BigDecimal a = number(left);
		BigDecimal b = number(right);
		return a != null && b != null ? a.compareTo(b) == 0 : left.equals(right);
	}

	private static int compare(String left, String right) {
		BigDecimal a = number(left);
		BigDecimal b = number(right);
		return a != null && b != null ? a.compareTo(b) : left.compareTo(right);
	}

	static BigDecimal number(String text) {
		if (text.isEmpty() || text.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(text.trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** {@code *} stands for any run of characters, everything else for itself. */
	private static Pattern glob(String pattern) {
		String[] parts = pattern.split("\\*", -1);
		StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
		for (int i = 1; i < parts.length; i++) {
			regex.append(".*").append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	private static boolean regexMatches(String regex, String value) {
		try {
			return Pattern.compile(regex).matcher(value).matches();
		} catch (PatternSyntaxException e) {
			// A regex that does not compile matches nothing; the lint reports it.
			return false;
		}
	}

	/** {@code *} matches one segment, {@code **} any number of segments (none included). */
	private static boolean pathMatches(String[] pattern, int p, String[] path, int s) {
		if (p == pattern.length) {
			return s == path.length;
		}
		if (pattern[p].equals("**")) {
			for (int next = s; next <= path.length; next++) {
				if (pathMatches(pattern, p + 1, path, next)) {
					return true;
				}
			}
			return false;
		}
		if (s == path.length) {
			return false;
		}
		boolean segment = pattern[p].equals("*") || glob(pattern[p]).matcher(path[s]).matches();
		return segment && pathMatches(pattern, p + 1, path, s + 1);
	}
}
