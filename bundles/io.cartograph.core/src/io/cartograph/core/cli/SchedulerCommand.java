package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.jobs.Job;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.DueTask;
import io.cartograph.jobs.TaskJob;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Task;
import io.cartograph.store.TaskRun;

/**
 * {@code cartograph cli scheduler --workspace DIR}: runs the enabled tasks of every data source on
 * their recurrences, unattended, until stopped (Ctrl+C or a signal), printing each run as it
 * ends. For teams that harvest on a server; the workbench does the same while it is open and
 * "Run schedules" is on.
 */
final class SchedulerCommand implements CliCommand {

	private final CountDownLatch stopped;

	SchedulerCommand() {
		this(new CountDownLatch(1));
	}

	/** Tests hand in the latch that stops the scheduler. */
	SchedulerCommand(CountDownLatch stopped) {
		this.stopped = stopped;
	}

	@Override
	public String name() {
		return "scheduler";
	}

	@Override
	public String summary() {
		return "Run the data sources' tasks on their recurrences until stopped";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace whose tasks to run"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"));
				HeadlessTasks tasks = new HeadlessTasks(workspace, scheduled(workspace))) {
			tasks.scheduler().addListener(new TaskRunListener() {
				@Override
				public void started(TaskRun run) {
					out.println(TasksRunCommand.TIME.format(run.startedAt()) + " started  " + run.taskType() + " of "
							+ run.dataSourceName() + " (" + run.trigger().name().toLowerCase() + ")");
				}

				@Override
				public void finished(TaskRun run) {
					out.println(TasksRunCommand.TIME.format(run.endedAt()) + " finished " + TasksRunCommand.summary(run));
				}
			});
			List<DueTask> plan = tasks.scheduler().plan();
			out.println("Scheduler running for " + workspace.root() + " (" + plan.size() + " enabled task(s)); stop with Ctrl+C.");
			for (DueTask due : plan) {
				out.println("  " + describe(due));
			}
			out.flush();
			CountDownLatch cleanedUp = new CountDownLatch(1);
			Thread stopOnExit = new Thread(() -> {
				stopped.countDown();
				awaitQuietly(cleanedUp);
			}, "stop scheduler");
			Runtime.getRuntime().addShutdownHook(stopOnExit);
			tasks.scheduler().start();
			try {
				stopped.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			tasks.scheduler().stop();
			// Runs in progress end as CANCELLED rather than being cut off unrecorded.
			Job.getJobManager().cancel(TaskJob.FAMILY);
			try {
				Job.getJobManager().join(TaskJob.FAMILY, null);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			out.println("Scheduler stopped.");
			out.flush();
			cleanedUp.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopOnExit);
			} catch (IllegalStateException e) {
				// Stopped by a signal: the hook is running and has waited for this.
			}
			return 0;
		}
	}

	/** The data sources with an enabled task: only their secrets are needed. */
	private static List<DataSource> scheduled(Workspace workspace) {
		return workspace.model().dataSources().getDataSources().stream()
				.filter(source -> source.getTasks().stream().anyMatch(Task::isEnabled)).toList();
	}

	private static String describe(DueTask due) {
		return due.dataSource().getName() + " " + due.taskType() + ", " + due.recurrence()
				+ (due.due() == null ? "" : ", next " + TasksRunCommand.TIME.format(due.due()))
				+ due.noteText().map(note -> " (" + note + ")").orElse("");
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
