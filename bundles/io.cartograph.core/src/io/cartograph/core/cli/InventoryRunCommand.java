package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cartograph.core.inventory.InventoryResult;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.jobs.StartedTask;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;

/**
 * {@code cartograph cli inventory run --workspace DIR [--data-source NAME]}: runs INVENTORY of
 * every Cloud Integration source (or the one named), one after the other, each recorded as a
 * manual task run, and prints how many interfaces each made new, updated and marked as not
 * found, what the transformation rules changed in them and how many end-to-end integrations it
 * proposed. The model is saved after each source. Without {@code --data-source}, sources that were
 * never harvested are skipped. Exit 1 when a run did not succeed.
 */
final class InventoryRunCommand implements CliCommand {

	@Override
	public String name() {
		return "inventory run";
	}

	@Override
	public String summary() {
		return "Build the interfaces of the Cloud Integration sources from their harvested data";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.optional("--data-source", "NAME", "only this data source (default: all Cloud Integration sources)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"));
				// INVENTORY reads the store and changes the model: no secret is needed.
				HeadlessTasks tasks = new HeadlessTasks(workspace, List.of())) {
			List<DataSource> sources = sources(workspace, tasks, arguments.optionalValue("--data-source").orElse(null));
			Map<String, InventoryResult> results = new ConcurrentHashMap<>();
			tasks.inventory().addListener((source, result) -> results.put(source.getUuid(), result));
			int exit = 0;
			boolean named = arguments.optionalValue("--data-source").isPresent();
			for (DataSource source : sources) {
				if (!named && tasks.runs().lastSuccessful(source.getUuid(), TaskType.CONFIGURATION).isEmpty()) {
					// Every Cloud Integration source was asked for: one never harvested is not a failure.
					out.println(source.getName() + ": skipped, no successful CONFIGURATION run yet");
					continue;
				}
				StartedTask started = tasks.scheduler().startNow(source, TaskType.INVENTORY);
				started.warning().ifPresent(warning -> err.println("Warning: " + warning));
				TaskRun run = started.join();
				InventoryResult result = results.get(source.getUuid());
				if (run.status() == RunStatus.SUCCESS && result != null) {
					out.println(source.getName() + ": " + result.summary());
				} else {
					exit = 1;
					out.println(source.getName() + ": " + run.status() + run.errorText().map(error -> ". " + error).orElse(""));
				}
			}
			return exit;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new WorkspaceException("Interrupted while INVENTORY ran", e);
		}
	}

	private static List<DataSource> sources(Workspace workspace, HeadlessTasks tasks, String name) {
		if (name != null) {
			DataSource source = TasksRunCommand.dataSource(workspace, name);
			if (!tasks.inventory().buildsInventory(source)) {
				throw new WorkspaceException("INVENTORY builds interfaces for SAP Cloud Integration sources; '" + source.getName()
						+ "' is " + source.getType() + " " + source.getProducts() + ".");
			}
			return List.of(source);
		}
		List<DataSource> sources = new ArrayList<>();
		for (DataSource source : workspace.model().dataSources().getDataSources()) {
			if (tasks.inventory().buildsInventory(source)) {
				sources.add(source);
			}
		}
		if (sources.isEmpty()) {
			throw new WorkspaceException("The workspace " + workspace.root() + " has no SAP Cloud Integration data source.");
		}
		return sources;
	}
}
