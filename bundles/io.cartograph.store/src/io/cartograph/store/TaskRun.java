package io.cartograph.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.cartograph.model.landscape.TaskType;

/**
 * One execution of a data source's task, as the Job Monitor lists it.
 *
 * @param dataSourceName the name when the run started (the UUID is the identity; names change)
 * @param endedAt        {@code null} while {@link RunStatus#RUNNING}
 * @param read           items read from the platform
 * @param written        items written (rows staged in the store plus what the task reported)
 * @param error          why it failed or was cancelled, {@code null} otherwise; never a secret,
 *                       because the store is never given one
 */
public record TaskRun(long id, String dataSourceUuid, String dataSourceName, TaskType taskType, RunTrigger trigger,
		Instant startedAt, Instant endedAt, RunStatus status, long read, long written, String error) {

	/** How long it ran, or has been running until {@code now}. */
	public Duration duration(Instant now) {
		return Duration.between(startedAt, endedAt != null ? endedAt : now);
	}

	public Optional<String> errorText() {
		return Optional.ofNullable(error);
	}
}
