package io.cartograph.jobs;

import io.cartograph.store.TaskRun;

/**
 * Observes task runs, e.g. for the Job Monitor. Called from the jobs' threads: a UI must hand
 * over to its own thread, and should not do slow work here.
 */
public interface TaskRunListener {

	/** The run is recorded as RUNNING and its work is about to start. */
	default void started(TaskRun run) {
	}

	default void progress(TaskRun run, RunProgress progress) {
	}

	/** The run has ended and is recorded with its final status. */
	default void finished(TaskRun run) {
	}
}
