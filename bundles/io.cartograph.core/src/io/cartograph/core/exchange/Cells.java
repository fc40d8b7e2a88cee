package io.cartograph.core.exchange;

import io.cartograph.model.landscape.Named;

/** How model values are written into cells. */
final class Cells {

	private Cells() {
	}

	/** An object's name, or an empty cell for none. */
	static String name(Named object) {
		return object == null || object.getName() == null ? "" : object.getName();
	}

	static String text(String value) {
		return value == null ? "" : value;
	}

	static String flag(boolean value) {
		return value ? "true" : "false";
	}
}
