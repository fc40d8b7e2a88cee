package io.cartograph.policy.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cartograph.policy.condition.Token.Kind;

/**
 * Splits a condition into tokens. Words are runs of letters, digits and {@code . _ - $ *}
 * (variable names such as {@code request.header.x-api-key}, numbers, operator and boolean words);
 * strings are double- or single-quoted with a backslash escaping the next character.
 */
final class ConditionLexer {

	/** Longest first, so that {@code ~~} is not read as two {@code ~}. */
	private static final String[][] SYMBOLS = { { "&&", "AND" }, { "||", "OR" }, { "!=", null }, { "==", null },
			{ ":=", null }, { ">=", null }, { "<=", null }, { "=|", null }, { "~~", null }, { "~/", null }, { "=", null },
			{ ">", null }, { "<", null }, { "~", null }, { "!", "NOT" } };

	private ConditionLexer() {
	}

	static List<Token> tokens(String text) throws ConditionSyntaxException {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(' || c == ')') {
				tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, String.valueOf(c), i, 1));
				i++;
			} else if (c == '"' || c == '\'') {
				i = string(text, i, c, tokens);
			} else if (isWordChar(c)) {
				int start = i;
				while (i < text.length() && isWordChar(text.charAt(i))) {
					i++;
				}
				tokens.add(word(text.substring(start, i), start));
			} else {
				i = symbol(text, i, tokens);
			}
		}
		tokens.add(new Token(Kind.END, "", text.length(), 0));
		return tokens;
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '$' || c == '*';
	}

	private static Token word(String word, int offset) {
		switch (word.toLowerCase(Locale.ROOT)) {
		case "and":
			return new Token(Kind.AND, word, offset, word.length());
		case "or":
			return new Token(Kind.OR, word, offset, word.length());
		case "not":
			return new Token(Kind.NOT, word, offset, word.length());
		default:
			return Operator.ofWord(word).map(op -> new Token(Kind.OPERATOR, word, offset, word.length(), op))
					.orElseGet(() -> new Token(Kind.WORD, word, offset, word.length()));
		}
	}

	private static int string(String text, int start, char quote, List<Token> tokens) throws ConditionSyntaxException {
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (i < text.length() && text.charAt(i) != quote) {
			if (text.charAt(i) == '\\' && i + 1 < text.length()) {
				i++;
			}
			value.append(text.charAt(i));
			i++;
		}
		if (i >= text.length()) {
			throw new ConditionSyntaxException("The string is not closed: add " + quote + " at its end", start,
					text.length() - start);
		}
		tokens.add(new Token(Kind.STRING, value.toString(), start, i + 1 - start));
		return i + 1;
	}

	private static int symbol(String text, int start, List<Token> tokens) throws ConditionSyntaxException {
		for (String[] symbol : SYMBOLS) {
			if (text.startsWith(symbol[0], start)) {
				int length = symbol[0].length();
				if (symbol[1] != null) {
					tokens.add(new Token(Kind.valueOf(symbol[1]), symbol[0], start, length));
				} else {
					Operator operator = operatorOf(symbol[0]);
					tokens.add(new Token(Kind.OPERATOR, symbol[0], start, length, operator));
				}
				return start + length;
			}
		}
		throw new ConditionSyntaxException("Unexpected character '" + text.charAt(start) + "'", start, 1);
	}

	private static Operator operatorOf(String symbol) {
		for (Operator operator : Operator.values()) {
			if (operator.spellings().contains(symbol)) {
				return operator;
			}
		}
		throw new IllegalStateException("No operator spelled " + symbol);
	}
}
