package io.cartograph.policy.condition;

import java.util.List;
import java.util.Locale;

import io.cartograph.policy.condition.Token.Kind;

/**
 * Parses conditions. Precedence: NOT binds tightest, then AND, then OR; parentheses group.
 * Operands: a quoted string, a number, {@code true}, {@code false} or {@code null} is a
 * literal; any other word is a variable. An empty (or blank) condition always holds.
 */
public final class Conditions {

	private final List<Token> tokens;
	private int next;

	private Conditions(List<Token> tokens) {
		this.tokens = tokens;
	}

	/** @throws ConditionSyntaxException at the first error, with its place */
	public static Condition parse(String text) throws ConditionSyntaxException {
		if (text == null || text.isBlank()) {
			return new Condition.Always();
		}
		Conditions parser = new Conditions(ConditionLexer.tokens(text));
		Condition condition = parser.or();
		Token rest = parser.peek();
		if (rest.kind() == Kind.CLOSE) {
			throw new ConditionSyntaxException("This ')' closes no '('", rest.offset(), 1);
		}
		if (rest.kind() != Kind.END) {
			throw new ConditionSyntaxException("Expected AND, OR or the end of the condition, found '" + rest.text() + "'",
					rest.offset(), rest.length());
		}
		return condition;
	}

	private Condition or() throws ConditionSyntaxException {
		Condition left = and();
		while (peek().kind() == Kind.OR) {
			next++;
			left = new Condition.Or(left, and());
		}
		return left;
	}

	private Condition and() throws ConditionSyntaxException {
		Condition left = unary();
		while (peek().kind() == Kind.AND) {
			next++;
			left = new Condition.And(left, unary());
		}
		return left;
	}

	private Condition unary() throws ConditionSyntaxException {
		if (peek().kind() == Kind.NOT) {
			next++;
			return new Condition.Not(unary());
		}
		if (peek().kind() == Kind.OPEN) {
			Token open = tokens.get(next++);
			Condition inner = or();
			if (peek().kind() != Kind.CLOSE) {
				throw new ConditionSyntaxException("This '(' is not closed", open.offset(), 1);
			}
			next++;
			return inner;
		}
		Operand left = operand("a variable, a quoted value or '('");
		if (peek().kind() != Kind.OPERATOR) {
			return new Condition.Truthy(left);
		}
		Token operator = tokens.get(next++);
		Operand right = operand("a variable or a quoted value after '" + operator.text() + "'");
		return new Condition.Comparison(left, operator.operator(), right);
	}

	private Operand operand(String expected) throws ConditionSyntaxException {
		Token token = peek();
		switch (token.kind()) {
		case STRING:
			next++;
			return new Operand.Literal(token.text());
		case WORD:
			next++;
			String lower = token.text().toLowerCase(Locale.ROOT);
			if (lower.equals("null")) {
				return new Operand.Null();
			}
			if (lower.equals("true") || lower.equals("false") || Comparisons.number(token.text()) != null) {
				return new Operand.Literal(token.text());
			}
			return new Operand.Variable(token.text());
		case END:
			throw new ConditionSyntaxException("Expected " + expected + " but the condition ends", Math.max(0, token.offset() - 1),
					1);
		default:
			throw new ConditionSyntaxException("Expected " + expected + ", found '" + token.text() + "'", token.offset(),
					token.length());
		}
	}

	private Token peek() {
		return tokens.get(next);
	}
}
