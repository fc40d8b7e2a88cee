package io.cartograph.store;

/** Where a task run stands. Only the data of a {@link #SUCCESS} run counts. */
public enum RunStatus {
	RUNNING, SUCCESS, FAILED, CANCELLED;

	/** Whether the run is over. */
	public boolean isFinal() {
		return this != RUNNING;
	}
}
