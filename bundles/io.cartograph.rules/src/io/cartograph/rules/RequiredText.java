package io.cartograph.rules;

import java.util.Locale;

/**
 * The longest run of plain characters that every value a regex matches must contain, found
 * without understanding the whole syntax: only text outside groups and character classes
 * counts, a character followed by a quantifier does not, and any top-level alternative, inline
 * flag (other than a leading {@code (?i)}) or quoting gives up. {@code .*(Create|Update)Order_v[0-9]+}
 * requires {@code Order_v}. Lower case (ASCII) after {@code (?i)}.
 */
final class RequiredText {

	private static final String QUANTIFIERS = "?*+{";

	private RequiredText() {
	}

	/** The required text (at least 2 characters), or null when none is found. */
	static String of(String pattern) {
		boolean ignoreCase = pattern.startsWith("(?i)");
		String source = ignoreCase ? pattern.substring(4) : pattern;
		if (source.contains("(?") || source.contains("\\Q")) {
			return null;
		}
		String best = "";
		StringBuilder run = new StringBuilder();
		int depth = 0;
		for (int i = 0; i < source.length(); i++) {
			char c = source.charAt(i);
			char literal = 0;
			if (c == '\\') {
				if (i + 1 >= source.length()) {
					return null;
				}
				char escaped = source.charAt(++i);
				if (!Character.isLetterOrDigit(escaped) && escaped < 128) {
					literal = escaped;
				}
			} else if (c == '[') {
				i = classEnd(source, i);
				if (i < 0) {
					return null;
				}
			} else if (c == '(') {
				depth++;
			} else if (c == ')') {
				depth--;
			} else if (c == '|') {
				if (depth == 0) {
					return null;
				}
			} else if ("\\.^$*+?{}]".indexOf(c) < 0 && c >= ' ' && c < 128) {
				literal = c;
			}
			boolean quantified = i + 1 < source.length() && QUANTIFIERS.indexOf(source.charAt(i + 1)) >= 0;
			if (literal != 0 && depth == 0 && !quantified) {
				run.append(literal);
			} else {
				if (run.length() > best.length()) {
					best = run.toString();
				}
				run.setLength(0);
			}
		}
		if (run.length() > best.length()) {
			best = run.toString();
		}
		if (best.length() < 2) {
			return null;
		}
		return ignoreCase ? best.toLowerCase(Locale.ROOT) : best;
	}

	/** The index of the {@code ]} closing the class opened at {@code start}, or -1 when unsure (nested classes). */
	private static int classEnd(String source, int start) {
		int i = start + 1;
		if (i < source.length() && source.charAt(i) == '^') {
			i++;
		}
		if (i < source.length() && source.charAt(i) == ']') {
			i++;
		}
		for (; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == '[') {
				return -1;
			} else if (c == ']') {
				return i;
			}
		}
		return -1;
	}
}
