package io.cartograph.connect;

/**
 * What a connector reports while it works: the job layer adapts an {@code IProgressMonitor} to
 * it, tests use {@link #NONE} or their own. Units are free (pages, packages); a connector that
 * does not know the total passes {@link #UNKNOWN}.
 */
public interface TaskProgress {

	int UNKNOWN = -1;

	TaskProgress NONE = new TaskProgress() {
	};

	default void begin(String name, int totalWork) {
	}

	default void subTask(String name) {
	}

	default void worked(int work) {
	}
}
