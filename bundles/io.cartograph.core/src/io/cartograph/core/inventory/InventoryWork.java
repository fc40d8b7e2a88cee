package io.cartograph.core.inventory;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.jobs.TaskContext;
import io.cartograph.jobs.TaskWork;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.rules.ChainedCommand;
import io.cartograph.rules.RuleEngine;
import io.cartograph.rules.UpdateInventory;
import io.cartograph.rules.inventory.CloudIntegrationArtifacts;
import io.cartograph.rules.inventory.HarvestedInterface;
import io.cartograph.rules.inventory.InventoryCommand;
import io.cartograph.rules.inventory.InventoryPlan;
import io.cartograph.rules.inventory.InventoryPlanner;
import io.cartograph.rules.proposals.EndToEndProposals;
import io.cartograph.rules.proposals.Proposal;
import io.cartograph.rules.proposals.ProposalCommands;
import io.cartograph.store.ArtifactActivity;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.RawArtifact;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/**
 * One INVENTORY run of a Cloud Integration source: reads the latest CONFIGURATION snapshot, the
 * message activity and the message correlations from the store in the job's thread, then, where
 * the model may be touched, executes one command: the source's interfaces, the transformation
 * rules applied to them (values set by hand kept) and the end-to-end proposals. The job hands
 * in a copy of the data source; the interfaces refer to the model's own, found by UUID.
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
		monitor.beginTask("Building the inventory of " + copy.getName(), 4);
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
		Outcome outcome = new Outcome();
		access.run(() -> prepare(copy, interfaces, outcome));
		if (outcome.failure != null) {
			return Status.error(outcome.failure, outcome.exception);
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		// The store is read here, in the job, on strings only; the model is touched where it may be.
		List<Proposal> proposals = new EndToEndProposals(EndToEndProposals.MIN_OCCURRENCES).propose(harvested,
				Instant.now().minus(Duration.ofDays(EndToEndProposals.DAYS)), outcome.snapshot);
		run.info("Message correlations of the last " + EndToEndProposals.DAYS + " days suggest " + proposals.size()
				+ " new end-to-end " + (proposals.size() == 1 ? "integration" : "integrations"));
		monitor.worked(1);
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		access.run(() -> apply(copy, interfaces, proposals, outcome));
		monitor.worked(2);
		if (outcome.failure != null) {
			return Status.error(outcome.failure, outcome.exception);
		}
		InventoryResult result = outcome.result;
		InventoryPlan plan = result.plan();
		run.addWritten(plan.added().size() + plan.updated().size() + plan.notFound().size());
		run.info(result.summary() + (result.changesNothing() ? "" : save ? "; saved" : "; undo takes the whole run back"));
		for (InventoryListener listener : listeners) {
			listener.applied(plan.source(), result);
		}
		return Status.OK_STATUS;
	}

	/**
	 * Where the model may be read: what proposing needs to know, with the UUIDs the interfaces
	 * new in this run will get, so that a proposal may already name them.
	 */
	private void prepare(DataSource copy, List<HarvestedInterface> interfaces, Outcome outcome) {
		Optional<DataSource> live = live(copy, outcome);
		if (live.isEmpty()) {
			return;
		}
		InventoryPlan plan = InventoryPlanner.plan(live.get(), interfaces, model.interfaces().getInterfaces());
		List<Interface> known = new ArrayList<>(model.interfaces().getInterfaces());
		for (HarvestedInterface added : plan.added()) {
			Interface future = LandscapeFactory.eINSTANCE.createInterface();
			future.setUuid(outcome.newUuids.computeIfAbsent(added.externalId(), id -> UUID.randomUUID().toString()));
			future.setExternalId(added.externalId());
			future.setDataSource(live.get());
			known.add(future);
		}
		outcome.snapshot = EndToEndProposals.snapshot(known, model.integrations());
	}

	/**
	 * Where the model may be touched: plans again (the model may have changed meanwhile) and
	 * executes the interfaces, the rules over the source's interfaces and the proposals as one
	 * command. A run that changes nothing leaves no command behind.
	 */
	private void apply(DataSource copy, List<HarvestedInterface> interfaces, List<Proposal> proposals, Outcome outcome) {
		try {
			Optional<DataSource> live = live(copy, outcome);
			if (live.isEmpty()) {
				return;
			}
			DataSource source = live.get();
			InventoryPlan plan = InventoryPlanner.plan(source, interfaces, model.interfaces().getInterfaces());
			EditingDomain domain = model.editingDomain();
			Supplier<UpdateInventory.Plan> rulesPlan = () -> UpdateInventory.plan(domain,
					RuleEngine.apply(model.rules(), interfacesOf(source)), false);
			if (plan.isEmpty() && proposals.isEmpty()) {
				UpdateInventory.Plan rules = rulesPlan.get();
				if (rules.changesNothing()) {
					outcome.result = new InventoryResult(plan, rules, 0);
					return;
				}
			}
			UpdateInventory.Plan[] rules = new UpdateInventory.Plan[1];
			List<EndToEndIntegration> proposed = new ArrayList<>();
			Command whole = new ChainedCommand("Inventory of " + source.getName(),
					"Interfaces from the harvest, the transformation rules applied to them, end-to-end proposals", List.of(
							() -> plan.isEmpty() ? null
									: InventoryCommand.create(domain, model.interfaces(), plan, newUuids(plan, outcome.newUuids)),
							() -> (rules[0] = rulesPlan.get()).command(),
							() -> ProposalCommands.add(domain, model.integrations(), resolve(proposals, proposed))));
			model.commandStack().execute(whole);
			if (model.commandStack().getMostRecentCommand() != whole) {
				outcome.failure = "The model refused the inventory's changes";
				return;
			}
			outcome.result = new InventoryResult(plan, rules[0], proposed.size());
			if (save) {
				model.save();
			}
		} catch (IOException | RuntimeException e) {
			outcome.failure = "Building the interfaces of " + copy.getName() + " failed: " + e.getMessage();
			outcome.exception = e;
		}
	}

	/** The proposals as integrations of the model; one naming an interface that is gone is dropped. */
	private List<EndToEndIntegration> resolve(List<Proposal> proposals, List<EndToEndIntegration> into) {
		Map<String, Interface> byUuid = new HashMap<>();
		for (Interface item : model.interfaces().getInterfaces()) {
			byUuid.putIfAbsent(item.getUuid(), item);
		}
		for (Proposal proposal : proposals) {
			ProposalCommands.toIntegration(proposal, byUuid, () -> UUID.randomUUID().toString()).ifPresent(into::add);
		}
		return into;
	}

	private List<Interface> interfacesOf(DataSource source) {
		return model.interfaces().getInterfaces().stream().filter(item -> item.getDataSource() == source).toList();
	}

	/** The UUIDs chosen in {@link #prepare} for the interfaces new in this run, in the plan's order. */
	private static Supplier<String> newUuids(InventoryPlan plan, Map<String, String> chosen) {
		Iterator<HarvestedInterface> added = plan.added().iterator();
		return () -> {
			String uuid = added.hasNext() ? chosen.get(added.next().externalId()) : null;
			return uuid != null ? uuid : UUID.randomUUID().toString();
		};
	}

	private Optional<DataSource> live(DataSource copy, Outcome outcome) {
		Optional<DataSource> live = model.dataSources().getDataSources().stream()
				.filter(source -> copy.getUuid() != null && copy.getUuid().equals(source.getUuid())).findFirst();
		if (live.isEmpty()) {
			outcome.failure = "Data source " + copy.getName() + " is no longer in the workspace";
		}
		return live;
	}

	private static final class Outcome {
		final Map<String, String> newUuids = new HashMap<>();
		EndToEndProposals.Snapshot snapshot;
		InventoryResult result;
		String failure;
		Exception exception;
	}
}
