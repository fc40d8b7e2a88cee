package io.cartograph.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.RuleBook;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.rules.inventory.CloudIntegrationArtifacts;
import io.cartograph.rules.inventory.InventoryPlan;
import io.cartograph.rules.proposals.ProposalCommands;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunLogLine;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/** A sandbox harvest becomes interfaces: CONFIGURATION and RUNTIME, then INVENTORY on the model. */
class InventoryTasksTest {

	private static final SandboxOptions OPTIONS = SandboxOptions.defaults().withMessages(3_000).withPackages(3);

	@TempDir
	Path folder;

	private SandboxTenant tenant;
	private Workspace workspace;
	private DataSource sandbox;
	private InventoryTasks tasks;
	private final List<InventoryPlan> plans = new ArrayList<>();

	@BeforeEach
	void open() throws IOException {
		tenant = SandboxTenant.start(0, OPTIONS);
		workspace = Workspace.create(folder.resolve("ws"), "Inventory test");
		SampleLandscape.fill(workspace.model(), 5, SampleLandscape.SEED);
		sandbox = SandboxHarvest.pointAt(workspace, tenant);
		TaskRuns runs = TaskRuns.of(workspace.store());
		LandscapeModel model = workspace.model();
		tasks = new InventoryTasks(SandboxHarvest.standard(workspace), runs, HarvestedData.of(workspace.store()),
				ConnectorRegistry.standard(), model, ModelAccess.locked(model), false);
		tasks.addListener((source, result) -> plans.add(result.plan()));
	}

	@AfterEach
	void close() {
		workspace.close();
		tenant.stop();
	}

	@Test
	void withoutConfigurationInventoryFailsAndSaysWhatToRunFirst() {
		TaskRun run = SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY);

		assertEquals(RunStatus.FAILED, run.status());
		assertTrue(run.error().contains("Run CONFIGURATION first"), run.error());
	}

	@Test
	void aSandboxHarvestBecomesInterfacesInOneUndoableStepAndEnrichmentSurvivesTheNextRun() {
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.CONFIGURATION).status());
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.RUNTIME).status());
		HarvestedData harvested = HarvestedData.of(workspace.store());
		Set<String> flows = harvested.artifacts(sandbox.getUuid(), CloudIntegrationArtifacts.DESIGNTIME).stream()
				.map(artifact -> artifact.externalId()).collect(Collectors.toSet());
		Set<String> deployed = harvested.artifacts(sandbox.getUuid(), CloudIntegrationArtifacts.RUNTIME).stream()
				.map(artifact -> artifact.externalId()).collect(Collectors.toSet());

		TaskRun run = SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY);

		assertEquals(RunStatus.SUCCESS, run.status(), run.error());
		List<Interface> mine = interfacesOf(sandbox);
		assertEquals(flows, mine.stream().map(Interface::getExternalId).collect(Collectors.toSet()));
		assertEquals(flows.size(), plans.get(0).added().size());
		assertEquals(flows.size(), run.written());
		for (Interface item : mine) {
			assertEquals(sandbox.getEnvironment(), item.getEnvironment());
			assertNotNull(item.getUuid());
			assertNotNull(item.getOriginalSender(), item.getExternalId());
			// Sender and receiver adapter parameters; the same adapter on both sides counts once.
			assertFalse(item.getAdapters().isEmpty(), item.getExternalId());
			assertEquals(1, item.getAuthenticationMethods().size(), item.getExternalId() + " " + item.getAuthenticationMethods());
			assertNotEquals(ComplexityClass.UNKNOWN, item.getComplexity(), "counted from the flow's content: " + item.getExternalId());
			if (deployed.contains(item.getExternalId())) {
				assertTrue(Set.of("STARTED", "ERROR").contains(item.getStatus()), item.getStatus());
				assertNotNull(item.getLastTraffic(), "deployed flows carry the sandbox's messages: " + item.getExternalId());
			} else {
				assertEquals("Not deployed", item.getStatus());
			}
		}
		assertTrue(workspace.model().commandStack().isSaveNeeded(), "the workbench leaves saving to the user");

		workspace.model().commandStack().undo();
		assertTrue(interfacesOf(sandbox).isEmpty(), "one undo takes the whole run back");
		workspace.model().commandStack().redo();
		assertEquals(flows.size(), interfacesOf(sandbox).size());

		Interface enriched = interfacesOf(sandbox).get(0);
		BusinessObject object = LandscapeFactory.eINSTANCE.createBusinessObject();
		workspace.model().landscape().getBusinessObjects().add(object);
		enriched.getBusinessObjects().add(object);
		enriched.setSender(workspace.model().landscape().getSystems().get(0));
		enriched.setSenderSetByHand(true);

		TaskRun again = SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY);

		assertEquals(RunStatus.SUCCESS, again.status(), again.error());
		InventoryPlan second = plans.get(1);
		assertEquals(0, second.added().size() + second.updated().size() + second.notFound().size(), second.summary());
		assertEquals(flows.size(), second.unchanged());
		assertTrue(enriched.getBusinessObjects().contains(object), "objects added by hand stay (the rules may add more)");
		assertEquals(workspace.model().landscape().getSystems().get(0), enriched.getSender());
	}

	@Test
	void flowsThatDisappearFromTheTenantAreMarkedNotFoundAndKept() throws IOException {
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.CONFIGURATION).status());
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY).status());
		int before = interfacesOf(sandbox).size();
		// Same seed, one package less: the third package's flows are gone.
		SandboxTenant smaller = SandboxTenant.start(0, OPTIONS.withPackages(2));
		try {
			SandboxHarvest.pointAt(workspace, smaller);
			assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.CONFIGURATION).status());
			Set<String> remaining = HarvestedData.of(workspace.store())
					.artifacts(sandbox.getUuid(), CloudIntegrationArtifacts.DESIGNTIME).stream()
					.map(artifact -> artifact.externalId()).collect(Collectors.toSet());

			assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY).status());

			List<Interface> mine = interfacesOf(sandbox);
			assertEquals(before, mine.size(), "nothing is deleted");
			List<Interface> gone = mine.stream().filter(item -> !remaining.contains(item.getExternalId())).toList();
			assertFalse(gone.isEmpty());
			assertEquals(gone.size(), plans.get(1).notFound().size());
			for (Interface item : mine) {
				boolean missing = gone.contains(item);
				assertEquals(missing, item.isNotFoundInLastRun(), item.getExternalId());
				assertEquals(missing, InventoryPlan.NOT_FOUND_STATUS.equals(item.getStatus()), item.getStatus());
			}
		} finally {
			smaller.stop();
		}
	}

	@Test
	void theSameCommandAppliesTheRulesToTheNewInterfacesAndProposesCorrelatedSequences() {
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.CONFIGURATION).status());
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.RUNTIME).status());
		LandscapeModel model = workspace.model();
		RuleBook book = model.rules();
		book.getSystemMappingRules().clear();
		book.getObjectRules().clear();
		LandscapeSystem hub = model.landscape().getSystems().get(1);
		SystemMappingRule everything = LandscapeFactory.eINSTANCE.createSystemMappingRule();
		everything.setUuid("rule-everything");
		everything.setInterfacePattern(".*");
		everything.setOriginalSystem(".*");
		everything.setHarmonizedSystem(hub);
		book.getSystemMappingRules().add(everything);
		List<String> deployed = HarvestedData.of(workspace.store()).artifacts(sandbox.getUuid(), CloudIntegrationArtifacts.RUNTIME)
				.stream().map(artifact -> artifact.externalId()).sorted().toList();
		String first = deployed.get(0);
		String second = deployed.get(1);
		// Four exchanges in which the first flow hands over to the second, a day ago.
		RunWriter correlated = TaskRuns.of(workspace.store()).start(sandbox.getUuid(), sandbox.getName(), TaskType.RUNTIME,
				RunTrigger.MANUAL);
		Instant start = Instant.now().minus(Duration.ofDays(1));
		for (int exchange = 0; exchange < 4; exchange++) {
			Instant at = start.plus(Duration.ofMinutes(exchange));
			correlated.stage(new MessageRecord("m" + exchange + "a", first, "COMPLETED", at, at, "exchange-" + exchange, null, null));
			correlated.stage(new MessageRecord("m" + exchange + "b", second, "COMPLETED", at.plusSeconds(1), at.plusSeconds(1),
					"exchange-" + exchange, null, null));
		}
		correlated.succeed();
		int integrationsBefore = model.integrations().getIntegrations().size();

		TaskRun run = SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY);

		assertEquals(RunStatus.SUCCESS, run.status(), run.error());
		for (Interface item : interfacesOf(sandbox)) {
			assertEquals(hub, item.getSender(), item.getExternalId());
			assertEquals(hub, item.getReceiver(), item.getExternalId());
		}
		List<EndToEndIntegration> proposals = model.integrations().getIntegrations().stream()
				.filter(EndToEndIntegration::isProposal).toList();
		EndToEndIntegration mine = proposals.stream().filter(proposal -> proposal.getInterfaces().stream()
				.map(Interface::getExternalId).toList().equals(List.of(first, second))).findFirst().orElseThrow();
		assertTrue(mine.getEvidence().startsWith("Seen 4 times"), mine.getEvidence());
		assertTrue(proposals.size() > 1, "the sandbox's own chained messages are proposed too");
		List<String> log = TaskRuns.of(workspace.store()).log(run.id()).stream().map(RunLogLine::message).toList();
		assertTrue(log.stream().anyMatch(line -> line.contains("; " + proposals.size() + " end-to-end proposals")),
				String.join("\n", log));

		model.commandStack().undo();
		assertTrue(interfacesOf(sandbox).isEmpty(), "one undo takes interfaces, rules and proposals back");
		assertEquals(integrationsBefore, model.integrations().getIntegrations().size());
		model.commandStack().redo();
		assertEquals(hub, interfacesOf(sandbox).get(0).getSender());
		assertEquals(integrationsBefore + proposals.size(), model.integrations().getIntegrations().size());

		model.commandStack().execute(ProposalCommands.reject(model.editingDomain(), model.integrations(), mine));
		assertEquals(RunStatus.SUCCESS, SandboxHarvest.run(workspace, tasks, sandbox, TaskType.INVENTORY).status());
		assertEquals(integrationsBefore + proposals.size() - 1, model.integrations().getIntegrations().size(),
				"neither the rejected sequence nor the pending proposals come again");
	}

	private List<Interface> interfacesOf(DataSource source) {
		return workspace.model().interfaces().getInterfaces().stream().filter(item -> item.getDataSource() == source).toList();
	}
}
