package io.cartograph.policy.condition;

/** One token of a condition and where it is. */
record Token(Kind kind, String text, int offset, int length, Operator operator) {

	enum Kind {
		OPEN, CLOSE, AND, OR, NOT, OPERATOR, STRING, WORD, END
	}

	Token(Kind kind, String text, int offset, int length) {
		this(kind, text, offset, length, null);
	}
}
