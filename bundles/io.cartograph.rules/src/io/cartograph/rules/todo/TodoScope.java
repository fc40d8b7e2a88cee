package io.cartograph.rules.todo;

/** What the To-do list covers (the guide's "Mode"). */
public enum TodoScope {
	/** Interfaces and end-to-end integrations (the guide's recommendation). */
	INTERFACES_AND_END_TO_END,
	/** Interfaces, no end-to-end integrations. */
	INTERFACES_ONLY,
	/** End-to-end integrations, no interfaces. */
	END_TO_END_ONLY,
	/** The To-do list is switched off: it is empty. */
	INACTIVE;

	boolean coversInterfaces() {
		return this == INTERFACES_AND_END_TO_END || this == INTERFACES_ONLY;
	}

	boolean coversIntegrations() {
		return this == INTERFACES_AND_END_TO_END || this == END_TO_END_ONLY;
	}
}
