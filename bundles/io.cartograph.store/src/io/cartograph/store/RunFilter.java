package io.cartograph.store;

import java.util.EnumSet;
import java.util.Set;

import io.cartograph.model.landscape.TaskType;

/**
 * Which runs {@link TaskRuns#history(RunFilter)} lists. Start from {@link #all()} and narrow:
 * {@code RunFilter.all().dataSource(uuid).status(RunStatus.FAILED)}.
 *
 * @param dataSourceUuid only this data source, or {@code null} for all
 * @param taskType       only this task type, or {@code null} for all
 * @param statuses       only these statuses; empty for all
 * @param limit          at most this many runs, newest first
 */
public record RunFilter(String dataSourceUuid, TaskType taskType, Set<RunStatus> statuses, int limit) {

	/** More than a screen of history, few enough to read at once. */
	public static final int DEFAULT_LIMIT = 1000;

	public RunFilter {
		statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
		if (limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1, was " + limit);
		}
	}

	public static RunFilter all() {
		return new RunFilter(null, null, Set.of(), DEFAULT_LIMIT);
	}

	public RunFilter dataSource(String uuid) {
		return new RunFilter(uuid, taskType, statuses, limit);
	}

	public RunFilter taskType(TaskType type) {
		return new RunFilter(dataSourceUuid, type, statuses, limit);
	}

	public RunFilter status(RunStatus... wanted) {
		return new RunFilter(dataSourceUuid, taskType, Set.of(wanted), limit);
	}

	public RunFilter limit(int most) {
		return new RunFilter(dataSourceUuid, taskType, statuses, most);
	}
}
