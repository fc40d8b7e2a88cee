package io.cartograph.jobs;

import java.time.Clock;
import java.time.Instant;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import io.cartograph.connect.Connector;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.Secrets;
import io.cartograph.connect.TaskOutcome;
import io.cartograph.connect.TaskProgress;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;

/**
 * A connector's task as the work of a recorded run: what the connector harvests is staged in the
 * run (and becomes visible only if the run succeeds), its log lines go to the run's log, and
 * Cancel aborts the HTTP request in flight.
 */
final class ConnectorWork implements TaskWork {

	private final Connector connector;
	private final TaskContext task;
	private final Secrets secrets;
	private final HarvestedData harvested;
	private final Clock clock;

	ConnectorWork(Connector connector, TaskContext task, Secrets secrets, HarvestedData harvested, Clock clock) {
		this.connector = connector;
		this.task = task;
		this.secrets = secrets;
		this.harvested = harvested;
		this.clock = clock;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		io.cartograph.connect.Cancellation cancellation = new io.cartograph.connect.Cancellation();
		ConnectorContext context = ConnectorContext.of(task.dataSource(), secrets).withCancellation(cancellation);
		if (task.taskType() == TaskType.RUNTIME) {
			// Message logs are read from where the last successful run left off; the store keeps
			// one record per message where two runs overlap.
			Instant since = harvested.latestLogStart(task.dataSource().getUuid()).orElse(null);
			if (since != null) {
				context = context.withSince(since);
			}
		}
		try (Cancellation.Registration abort = task.cancellation().onAbort(cancellation::cancel);
				QueuedStaging staging = new QueuedStaging(task.run(), clock, task.dataSource().getName())) {
			TaskOutcome outcome = connector.run(context, task.taskType(), staging, progress(monitor));
			if (outcome.succeeded()) {
				staging.finish();
				task.run().flush();
			}
			return switch (outcome.result()) {
			case SUCCESS -> Status.OK_STATUS;
			case CANCELLED -> Status.CANCEL_STATUS;
			case FAILED -> Status.error(outcome.message());
			};
		}
	}

	private static TaskProgress progress(IProgressMonitor monitor) {
		return new TaskProgress() {
			@Override
			public void begin(String name, int totalWork) {
				monitor.beginTask(name, totalWork);
			}

			@Override
			public void subTask(String name) {
				monitor.subTask(name);
			}

			@Override
			public void worked(int work) {
				monitor.worked(work);
			}
		};
	}
}
