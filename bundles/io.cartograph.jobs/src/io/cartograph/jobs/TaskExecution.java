package io.cartograph.jobs;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/**
 * One task run, recorded: starts the run in the store, lets the work run, and ends the run
 * with the status the work reported, so that every run leaves a record, whatever happens to
 * its work. Runs in the calling thread; {@link TaskJob} runs it as an Eclipse Job, and the
 * command line may call it directly.
 * <p>
 * A run cancelled while its work was running is CANCELLED even if the work then reported an
 * error: aborting a request in flight usually makes the work fail, and that is not a failure.
 */
public final class TaskExecution {

	private final TaskRuns runs;
	private final TaskWorkFactory factory;
	private final DataSource dataSource;
	private final TaskType taskType;
	private final RunTrigger trigger;
	private final String warning;
	private final List<TaskRunListener> listeners;
	private final Cancellation cancellation = new Cancellation();

	/**
	 * @param warning   written to the run's log first (e.g. the CONFIGURATION/INVENTORY gap),
	 *                  or {@code null}
	 * @param listeners told about start, progress and end
	 */
	public TaskExecution(TaskRuns runs, TaskWorkFactory factory, DataSource dataSource, TaskType taskType,
			RunTrigger trigger, String warning, List<TaskRunListener> listeners) {
		this.runs = Objects.requireNonNull(runs, "runs");
		this.factory = Objects.requireNonNull(factory, "factory");
		this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		this.taskType = Objects.requireNonNull(taskType, "taskType");
		this.trigger = Objects.requireNonNull(trigger, "trigger");
		this.warning = warning;
		this.listeners = listeners;
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public TaskType taskType() {
		return taskType;
	}

	public RunTrigger trigger() {
		return trigger;
	}

	/** Aborts what the work registered; the job calls it when cancelled. */
	public void abort() {
		cancellation.abort();
	}

	/**
	 * Records a run and runs the work.
	 *
	 * @return the run as recorded at its end
	 * @throws io.cartograph.store.StoreException when the store cannot even record the start
	 */
	public TaskRun run(IProgressMonitor monitor) {
		IProgressMonitor outer = monitor == null ? new NullProgressMonitor() : monitor;
		RunWriter writer = runs.start(dataSource.getUuid(), dataSource.getName(), taskType, trigger);
		notify(listener -> listener.started(writer.run()));
		if (warning != null) {
			writer.warn(warning);
		}
		writer.info(taskType + " of " + dataSource.getName() + " started (" + trigger.name().toLowerCase() + ")");
		IStatus status = null;
		Throwable thrown = null;
		try {
			TaskWork work = factory.create(new TaskContext(dataSource, taskType, trigger, writer, cancellation));
			status = work.run(new Reporting(outer, writer));
		} catch (RuntimeException | LinkageError e) {
			// A class that cannot be loaded (a broken installation) must still end the run as FAILED
			// rather than leave it RUNNING until the store is next opened.
			thrown = e;
		}
		TaskRun ended = end(writer, outer, status, thrown);
		notify(listener -> listener.finished(ended));
		return ended;
	}

	private TaskRun end(RunWriter writer, IProgressMonitor monitor, IStatus status, Throwable thrown) {
		try {
			if (monitor.isCanceled() || cancellation.isAborted() || thrown instanceof OperationCanceledException
					|| (status != null && status.getSeverity() == IStatus.CANCEL)) {
				writer.info("Cancelled");
				return writer.cancel();
			}
			String failure = thrown != null ? describe(thrown)
					: status == null ? "The task reported no result"
					: status.getSeverity() == IStatus.ERROR ? describe(status) : null;
			if (failure != null) {
				writer.error(failure);
				return writer.fail(failure);
			}
			if (status.getSeverity() == IStatus.WARNING) {
				writer.warn(describe(status));
			}
			writer.info("Finished: " + writer.read() + " read, " + writer.written() + " written");
			return writer.succeed();
		} catch (RuntimeException e) {
			// The store refused the end (e.g. disk full); try to leave at least a FAILED record.
			if (writer.run().status() == RunStatus.RUNNING) {
				try {
					return writer.fail("Recording the result failed: " + describe(e));
				} catch (RuntimeException again) {
					e.addSuppressed(again);
				}
			}
			throw e;
		}
	}

	/** The status's message with those of its children and the exception's, without stack traces. */
	static String describe(IStatus status) {
		Stream<String> children = Stream.of(status.getChildren()).filter(child -> !child.isOK()).map(TaskExecution::describe);
		String own = status.getMessage() == null ? "" : status.getMessage();
		Throwable exception = status.getException();
		if (exception != null && exception.getMessage() != null && !own.contains(exception.getMessage())) {
			own = own.isEmpty() ? describe(exception) : own + ": " + describe(exception);
		}
		String all = Stream.concat(Stream.of(own), children).filter(text -> !text.isBlank()).collect(Collectors.joining("; "));
		return all.isEmpty() ? "Failed without a message" : all;
	}

	static String describe(Throwable thrown) {
		String message = thrown.getMessage();
		if (message == null || message.isBlank()) {
			return thrown.getClass().getSimpleName();
		}
		// An Error's message alone ("Unexpected error from weaving hook.") hides what went wrong.
		return thrown instanceof Error ? thrown.getClass().getSimpleName() + ": " + message : message;
	}

	private void notify(java.util.function.Consumer<TaskRunListener> event) {
		for (TaskRunListener listener : listeners) {
			try {
				event.accept(listener);
			} catch (RuntimeException e) {
				// A broken observer must not break the run it observes.
			}
		}
	}

	/** Passes the work's progress on to the listeners, with the run's counts. */
	private final class Reporting extends ProgressMonitorWrapper {

		private final RunWriter writer;
		private String task = "";
		private String subTask = "";
		private double total = -1;
		private double worked;

		Reporting(IProgressMonitor monitor, RunWriter writer) {
			super(monitor);
			this.writer = writer;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			super.beginTask(name, totalWork);
			task = name == null ? "" : name;
			total = totalWork > 0 ? totalWork : -1;
			worked = 0;
			report();
		}

		@Override
		public void setTaskName(String name) {
			super.setTaskName(name);
			task = name == null ? "" : name;
			report();
		}

		@Override
		public void subTask(String name) {
			super.subTask(name);
			subTask = name == null ? "" : name;
			report();
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public void internalWorked(double work) {
			super.internalWorked(work);
			worked += work;
			report();
		}

		private void report() {
			double done = total > 0 ? Math.min(1, worked / total) : -1;
			RunProgress progress = new RunProgress(task, subTask, done, writer.read(), writer.written());
			TaskRun run = writer.run();
			TaskExecution.this.notify(listener -> listener.progress(run, progress));
		}
	}
}
