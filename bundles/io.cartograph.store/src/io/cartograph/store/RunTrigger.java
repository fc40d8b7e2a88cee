package io.cartograph.store;

/** Who started a task run: a person (Start Task, the command line) or its recurrence. */
public enum RunTrigger {
	MANUAL, SCHEDULED
}
