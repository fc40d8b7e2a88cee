package io.cartograph.policy.xml;

/** A place in a text: 1-based line and column; 0:0 when unknown. */
public record TextLocation(int line, int column) {

	public static final TextLocation UNKNOWN = new TextLocation(0, 0);

	public boolean isKnown() {
		return line > 0;
	}
}
