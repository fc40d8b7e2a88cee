package io.cartograph.core.cli;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.jobs.StartedTask;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunLogLine;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;

/**
 * {@code cartograph cli tasks run --workspace DIR --data-source NAME --task TYPE}: runs one task
 * now, as Start Task does in the workbench, prints its log, and exits 0 when it succeeded and 1
 * otherwise. Ctrl+C cancels the run (it is recorded as CANCELLED).
 */
final class TasksRunCommand implements CliCommand {

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

	@Override
	public String name() {
		return "tasks run";
	}

	@Override
	public String summary() {
		return "Run one task of a data source now and print its log (exit 1 when the run fails)";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.required("--data-source", "NAME", "the data source's name"),
				CliOption.required("--task", "TYPE", "CONFIGURATION, INVENTORY, RUNTIME or UPDATE"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		TaskType type = TaskType.get(arguments.value("--task").toUpperCase(Locale.ROOT));
		if (type == null) {
			throw new UsageException("option --task needs one of " + TaskType.VALUES + ", not '" + arguments.value("--task") + "'");
		}
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			DataSource source = dataSource(workspace, arguments.value("--data-source"));
			Set<TaskType> supported = StandardTaskWork.supportedTasks(ConnectorRegistry.standard(), source);
			if (!supported.contains(type)) {
				throw new WorkspaceException("Data source '" + source.getName() + "' cannot run " + type + "; it runs "
						+ supported + ".");
			}
			// INVENTORY works on the store and the model: it needs no secret, so no master password.
			List<DataSource> needingSecrets = type == TaskType.INVENTORY ? List.of() : List.of(source);
			try (HeadlessTasks tasks = new HeadlessTasks(workspace, needingSecrets)) {
				StartedTask started = tasks.scheduler().startNow(source, type);
				started.warning().ifPresent(warning -> err.println("Warning: " + warning));
				Thread cancelOnExit = new Thread(() -> cancelAndWait(tasks, source, type, started), "cancel task");
				Runtime.getRuntime().addShutdownHook(cancelOnExit);
				TaskRun run;
				try {
					run = started.join();
				} finally {
					try {
						Runtime.getRuntime().removeShutdownHook(cancelOnExit);
					} catch (IllegalStateException e) {
						// Shutting down already: the hook cancels and waits for the record.
					}
				}
				printLog(tasks.runs().log(run.id()), out);
				out.println(summary(run));
				return run.status() == RunStatus.SUCCESS ? 0 : 1;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new WorkspaceException("Interrupted while the task ran", e);
			}
		}
	}

	static DataSource dataSource(Workspace workspace, String name) {
		List<DataSource> sources = workspace.model().dataSources().getDataSources();
		return sources.stream().filter(source -> name.equals(source.getName())).findFirst()
				.or(() -> sources.stream().filter(source -> name.equalsIgnoreCase(source.getName())).findFirst())
				.orElseThrow(() -> new WorkspaceException("There is no data source named '" + name + "' in " + workspace.root()
						+ ". Its data sources are: " + sources.stream().map(DataSource::getName).collect(Collectors.joining(", ")) + "."));
	}

	static void printLog(List<RunLogLine> lines, PrintStream out) {
		for (RunLogLine line : lines) {
			out.println(TIME.format(line.at()) + " " + String.format("%-5s", line.level()) + " " + line.message());
		}
	}

	static String summary(TaskRun run) {
		String duration = String.format(Locale.ROOT, "%.1f s", run.duration(Instant.now()).toMillis() / 1000.0);
		return run.taskType() + " of " + run.dataSourceName() + ": " + run.status() + " after " + duration + ", " + run.read()
				+ " read, " + run.written() + " written" + run.errorText().map(error -> ". " + error).orElse("");
	}

	private static void cancelAndWait(HeadlessTasks tasks, DataSource source, TaskType type, StartedTask started) {
		tasks.scheduler().cancel(source, type);
		try {
			started.job().join(10_000, null);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
