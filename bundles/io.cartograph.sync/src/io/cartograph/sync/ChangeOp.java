package io.cartograph.sync;

import java.util.Locale;

/** The kinds of {@link Change}; on the wire in lower case. */
public enum ChangeOp {
	CREATE, DELETE, SET, ADD, REMOVE, MOVE;

	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ChangeOp ofWireName(String name) {
		for (ChangeOp op : values()) {
			if (op.wireName().equals(name)) {
				return op;
			}
		}
		throw new IllegalArgumentException("Unknown change \"" + name + "\"");
	}
}
