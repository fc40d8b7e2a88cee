package io.cartograph.store;

import java.time.Instant;

/** One line of a task run's log, as the Job Monitor shows it. */
public record RunLogLine(long runId, int lineNumber, Instant at, LogLevel level, String message) {
}
