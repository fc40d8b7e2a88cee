package io.cartograph.jobs;

import java.util.Optional;

import io.cartograph.store.TaskRun;

/**
 * What Start Task (or a scheduled start) did: the job, and a warning for the user if the start
 * is questionable (INVENTORY too soon after CONFIGURATION) or did not happen (already running).
 *
 * @param isNew {@code false} when the task was already queued or running and that job is returned
 */
public record StartedTask(TaskJob job, String warningText, boolean isNew) {

	public Optional<String> warning() {
		return Optional.ofNullable(warningText);
	}

	/** Waits for the job to end and returns its run as recorded ({@code null} if it never ran). */
	public TaskRun join() throws InterruptedException {
		job.join();
		return job.result();
	}
}
