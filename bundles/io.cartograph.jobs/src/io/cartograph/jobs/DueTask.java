package io.cartograph.jobs;

import java.time.Instant;
import java.util.Optional;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;

/**
 * When a task of a data source is due next.
 *
 * @param recurrence {@code null} when the task's recurrence does not parse
 * @param due        {@code null} when it cannot be said (recurrence wrong, or waiting for a
 *                   CONFIGURATION to finish)
 * @param note       why it is postponed or not scheduled, {@code null} when nothing is unusual
 */
public record DueTask(DataSource dataSource, TaskType taskType, Recurrence recurrence, Instant due, String note) {

	public boolean isDueAt(Instant now) {
		return due != null && !due.isAfter(now);
	}

	public Optional<String> noteText() {
		return Optional.ofNullable(note);
	}
}
