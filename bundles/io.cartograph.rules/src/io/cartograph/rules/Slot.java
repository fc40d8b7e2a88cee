package io.cartograph.rules;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/** The two ends of an interface that system mapping rules harmonize, each on its own. */
public enum Slot {

	SENDER("Sender"), RECEIVER("Receiver");

	private final String word;

	Slot(String word) {
		this.word = word;
	}

	/**
	 * The Original System value that matches only this slot and only when it is empty:
	 * {@code Sender} or {@code Receiver}.
	 */
	public String word() {
		return word;
	}

	/** The slot's original value as the platform reported it, {@code ""} when missing. */
	public String original(Interface item) {
		String value = this == SENDER ? item.getOriginalSender() : item.getOriginalReceiver();
		return value == null ? "" : value;
	}

	public LandscapeSystem harmonized(Interface item) {
		return this == SENDER ? item.getSender() : item.getReceiver();
	}

	public boolean isSetByHand(Interface item) {
		return this == SENDER ? item.isSenderSetByHand() : item.isReceiverSetByHand();
	}

	/** The special slot word a rule's Original System names, or null when it is a regex. */
	static Slot special(String originalSystem) {
		if (originalSystem == null) {
			return null;
		}
		for (Slot slot : values()) {
			if (slot.word.equals(originalSystem.strip())) {
				return slot;
			}
		}
		return null;
	}
}
