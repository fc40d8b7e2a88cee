package io.cartograph.core.inventory;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.jobs.TaskContext;
import io.cartograph.jobs.TaskWork;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.rules.inventory.CloudIntegrationArtifacts;
import io.cartograph.rules.inventory.HarvestedInterface;
import io.cartograph.rules.inventory.InventoryCommand;
import io.cartograph.rules.inventory.InventoryPlan;
import io.cartograph.rules.inventory.InventoryPlanner;
import io.cartograph.store.ArtifactActivity;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.RawArtifact;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/**
 * One INVENTORY run of a Cloud Integration source: reads the latest CONFIGURATION snapshot and
 * the message activity from the store in the job's thread, then plans and executes the command
 * where the model may be touched. The job hands in a copy of the data source; the interfaces
 * refer to the model's own, found by UUID.
 */
final class InventoryWork implements TaskWork {

	private final TaskContext task;
	private final TaskRuns runs;
	private final HarvestedData harvested;
	private final LandscapeModel model;
	private final ModelAccess access;
	private final boolean save;
	private final List<InventoryListener> listeners;

	InventoryWork(TaskContext task, TaskRuns runs, HarvestedData harvested, LandscapeModel model, ModelAccess access,
			boolean save, List<InventoryListener> listeners) {
		this.task = task;
		this.runs = runs;
		this.harvested = harvested;
		this.model = model;
		this.access = access;
		this.save = save;
		this.listeners = listeners;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		DataSource copy = task.dataSource();
		RunWriter run = task.run();
		monitor.beginTask("Building the inventory of " + copy.getName(), 3);
		Optional<TaskRun> configuration = runs.lastSuccessful(copy.getUuid(), TaskType.CONFIGURATION);
		if (configuration.isEmpty()) {
			return Status.error("INVENTORY builds interfaces from what CONFIGURATION harvested, and " + copy.getName()
					+ " has no successful CONFIGURATION run yet. Run CONFIGURATION first.");
		}
		List<RawArtifact> artifacts = harvested.artifacts(copy.getUuid());
		List<ArtifactActivity> activity = harvested.artifactActivity(copy.getUuid());
		List<HarvestedInterface> interfaces = CloudIntegrationArtifacts.read(artifacts, activity);
		run.addRead(artifacts.size());
		run.info("Read " + artifacts.size() + " raw artifacts of the CONFIGURATION run " + configuration.get().id() + " ("
				+ interfaces.size() + " integration flows) and the messages of " + activity.stream()
						.map(ArtifactActivity::artifactId).distinct().count() + " artifacts");
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Outcome outcome = new Outcome();
		access.run(() -> apply(copy, interfaces, outcome));
		monitor.worked(2);
		if (outcome.failure != null) {
			return Status.error(outcome.failure, outcome.exception);
		}
		InventoryPlan plan = outcome.plan;
		run.addWritten(plan.added().size() + plan.updated().size() + plan.notFound().size());
		run.info("Interfaces of " + copy.getName() + ": " + plan.summary()
				+ (plan.isEmpty() ? "" : save ? "; saved" : "; undo takes the whole run back"));
		for (InventoryListener listener : listeners) {
			listener.applied(plan.source(), plan);
		}
		return Status.OK_STATUS;
	}

	/** Runs where the model may be touched. */
	private void apply(DataSource copy, List<HarvestedInterface> interfaces, Outcome outcome) {
		try {
			Optional<DataSource> live = model.dataSources().getDataSources().stream()
					.filter(source -> copy.getUuid() != null && copy.getUuid().equals(source.getUuid())).findFirst();
			if (live.isEmpty()) {
				outcome.failure = "Data source " + copy.getName() + " is no longer in the workspace";
				return;
			}
			InventoryPlan plan = InventoryPlanner.plan(live.get(), interfaces, model.interfaces().getInterfaces());
			if (!plan.isEmpty()) {
				Command command = InventoryCommand.create(model.editingDomain(), model.interfaces(), plan);
				model.commandStack().execute(command);
				if (model.commandStack().getMostRecentCommand() != command) {
					outcome.failure = "The interface catalog refused the inventory's changes";
					return;
				}
				if (save) {
					model.save();
				}
			}
			outcome.plan = plan;
		} catch (IOException | RuntimeException e) {
			outcome.failure = "Building the interfaces of " + copy.getName() + " failed: " + e.getMessage();
			outcome.exception = e;
		}
	}

	private static final class Outcome {
		InventoryPlan plan;
		String failure;
		Exception exception;
	}
}
