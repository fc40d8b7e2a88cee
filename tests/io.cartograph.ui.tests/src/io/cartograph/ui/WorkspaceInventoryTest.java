package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.StartedTask;
import io.cartograph.jobs.TaskJob;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RawArtifact;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.secrets.SecretAccess;

/** Start Task INVENTORY in the workbench changes the live model, and one undo takes it back. */
class WorkspaceInventoryTest extends PartTest {

	private Workspace workspace;
	private WorkspaceTasks tasks;

	@BeforeEach
	void openWorkspace() {
		workspace = harness.openWorkspace(temp.resolve("ws"), "Inventory");
		tasks = new WorkspaceTasks(workspace, new SecretAccess(), new DisplaySynchronize(harness.driver.display()));
	}

	@AfterEach
	void stopTasks() throws InterruptedException {
		tasks.close();
		Job.getJobManager().join(TaskJob.FAMILY, null);
	}

	@Test
	void inventoryAddsTheHarvestedFlowsToTheLiveModelAsOneUndoableCommand() throws InterruptedException {
		DataSource source = Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class);
		source.setName("CPI_EU");
		source.setType(DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		workspace.model().dataSources().getDataSources().add(source);
		RunWriter configuration = TaskRuns.of(workspace.store()).start(source.getUuid(), source.getName(),
				TaskType.CONFIGURATION, RunTrigger.MANUAL);
		for (String id : List.of("Orders", "Invoices")) {
			configuration.stage(new RawArtifact("IntegrationDesigntimeArtifact", id, "1.0.0",
					"{\"Id\":\"" + id + "\",\"Name\":\"Send " + id + "\",\"Sender\":\"S4HANA\",\"Receiver\":\"Ariba\"}", Instant.now()));
		}
		configuration.succeed();

		StartedTask started = tasks.start(harness.shell, source, TaskType.INVENTORY).orElseThrow();
		// The job changes the model through the UI thread: keep the display running until it ends.
		harness.driver.waitUntil("INVENTORY to end", () -> started.job().getResult() != null);
		TaskRun run = started.join();

		assertEquals(RunStatus.SUCCESS, run.status(), run.errorText().orElse(""));
		List<Interface> interfaces = workspace.model().interfaces().getInterfaces();
		assertEquals(List.of("Invoices", "Orders"), interfaces.stream().map(Interface::getExternalId).toList());
		assertTrue(interfaces.stream().allMatch(item -> item.getDataSource() == source), "the live source, not the job's copy");
		assertEquals("Inventory of CPI_EU", workspace.model().commandStack().getUndoCommand().getLabel());
		assertTrue(workspace.model().commandStack().isSaveNeeded(), "the user decides when to save");

		workspace.model().commandStack().undo();

		assertTrue(workspace.model().interfaces().getInterfaces().isEmpty());
	}
}
