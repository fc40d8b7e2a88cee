package io.cartograph.jobs;

import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.cartograph.store.TaskRun;

/**
 * A task run as an Eclipse Job. Its rule is its data source's, so the tasks of one source never
 * overlap while different sources run in parallel. It belongs to {@link #FAMILY} and to
 * {@link #family(String)} of its data source, for finding, joining or cancelling them.
 * Cancelling it cancels the work's monitor and runs the work's abort actions.
 */
public final class TaskJob extends Job {

	/** The family of every Cartograph task job. */
	public static final Object FAMILY = new Object() {
		@Override
		public String toString() {
			return "Cartograph tasks";
		}
	};

	/** The family of the task jobs of one data source. */
	public record SourceFamily(String dataSourceUuid) {
	}

	static final String PLUGIN_ID = "io.cartograph.jobs";

	private final TaskExecution execution;
	private volatile TaskRun result;

	public TaskJob(TaskExecution execution) {
		super(execution.taskType() + " of " + execution.dataSource().getName());
		this.execution = execution;
		setRule(new DataSourceRule(execution.dataSource().getUuid()));
		setUser(execution.trigger() == io.cartograph.store.RunTrigger.MANUAL);
	}

	public static Object family(String dataSourceUuid) {
		return new SourceFamily(Objects.requireNonNull(dataSourceUuid, "dataSourceUuid"));
	}

	public TaskExecution execution() {
		return execution;
	}

	/** The run as recorded when the job ended; {@code null} before, or if it never ran. */
	public TaskRun result() {
		return result;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			TaskRun run = execution.run(monitor);
			result = run;
			return switch (run.status()) {
				case SUCCESS, RUNNING -> Status.OK_STATUS;
				case CANCELLED -> Status.CANCEL_STATUS;
				case FAILED -> Status.warning(getName() + " failed: " + run.error());
			};
		} catch (RuntimeException e) {
			// Only when the store could not record the run at all.
			return new Status(IStatus.ERROR, PLUGIN_ID, getName() + " could not be recorded: "
					+ TaskExecution.describe(e), e);
		}
	}

	@Override
	protected void canceling() {
		execution.abort();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY || family.equals(new SourceFamily(execution.dataSource().getUuid()));
	}
}
