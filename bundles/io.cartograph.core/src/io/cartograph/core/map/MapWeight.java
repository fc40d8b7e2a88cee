package io.cartograph.core.map;

/** What makes a flow thicker: the number of its interfaces, or the messages they processed. */
public enum MapWeight {

	INTERFACES("interfaces"), MESSAGES("messages");

	/** Strokes stay readable however busy a flow is. */
	static final double WIDEST = 12;

	private final String label;

	MapWeight(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/**
	 * The stroke width of a flow of this weight: {@code 1 + log2(weight)}, at least 1 and at most
	 * {@value #WIDEST}, so that a flow of a million messages does not hide the map.
	 */
	public static double stroke(long weight) {
		return Math.min(WIDEST, 1 + Math.log(Math.max(1, weight)) / Math.log(2));
	}
}
