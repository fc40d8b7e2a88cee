package io.cartograph.policy.condition;

/** A condition that does not parse: what is wrong and which characters it is about. */
public final class ConditionSyntaxException extends Exception {

	private static final long serialVersionUID = 1L;

	private final int offset;
	private final int length;

	public ConditionSyntaxException(String message, int offset, int length) {
		super(message);
		this.offset = offset;
		this.length = Math.max(1, length);
	}

	/** Where the problem starts in the condition text (0-based). */
	public int offset() {
		return offset;
	}

	/** How many characters to underline (at least 1). */
	public int length() {
		return length;
	}
}
