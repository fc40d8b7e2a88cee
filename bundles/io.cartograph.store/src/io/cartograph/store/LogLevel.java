package io.cartograph.store;

/** Severity of a line in a run's log. */
public enum LogLevel {
	INFO, WARN, ERROR
}
