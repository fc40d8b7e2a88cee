package io.cartograph.jobs;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/**
 * The tasks of a LOGS data source, which keep the store itself tidy rather than read a platform:
 * UPDATE deletes run logs older than the retention (7 days unless the source names another as a
 * feature such as {@code "Keep logs 14 days"}); RUNTIME rebuilds the monthly traffic figures from
 * the harvested message records.
 */
final class HousekeepingWork implements TaskWork {

	private final TaskContext task;
	private final TaskRuns runs;
	private final HarvestedData harvested;

	HousekeepingWork(TaskContext task, TaskRuns runs, HarvestedData harvested) {
		this.task = task;
		this.runs = runs;
		this.harvested = harvested;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		RunWriter run = task.run();
		if (task.taskType() == TaskType.UPDATE) {
			Duration retention = LogRetention.of(task.dataSource());
			monitor.beginTask("Deleting run logs older than " + retention.toDays() + " days", IProgressMonitor.UNKNOWN);
			long deleted = runs.deleteLogsOlderThan(retention);
			run.addWritten(deleted);
			run.info("Deleted " + deleted + " log line(s) older than " + retention.toDays() + " days");
			return Status.OK_STATUS;
		}
		if (task.taskType() == TaskType.RUNTIME) {
			monitor.beginTask("Rebuilding monthly traffic", IProgressMonitor.UNKNOWN);
			int months = harvested.rebuildMonthlyTraffic();
			run.addWritten(months);
			run.info("Rebuilt " + months + " monthly traffic figure(s) from the message records");
			return Status.OK_STATUS;
		}
		return Status.error("A housekeeping (LOGS) data source runs UPDATE and RUNTIME, not " + task.taskType());
	}
}
