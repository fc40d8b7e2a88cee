package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.TaskJob;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.RunFilter;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.ui.jobs.JobMonitorPart;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.secrets.SecretAccess;

/**
 * The "Done when": a task started from the Data Sources editor against the sandbox tenant
 * reaches SUCCESS in the Job Monitor, with its log. Real widgets, a real tenant on a free port,
 * the client secret in a secret store of its own.
 */
class TaskFromDataSourceEditorTest extends LandscapeTest {

	private static final Duration RUN_WAIT = Duration.ofSeconds(60);
	private static final int STATUS_COLUMN = 5;

	private SandboxTenant tenant;
	private SecretStore secretStore;
	private WorkspaceTasks tasks;
	private Workspace workspace;
	private DataSource source;

	@BeforeEach
	void startTenantAndWorkspace() throws Exception {
		tenant = SandboxTenant.start(0, SandboxOptions.defaults().withPackages(3).withMessages(200));
		workspace = harness.createWorkspace(temp.resolve("ws"), "Tasks");
		secretStore = SecretStore.open(temp.resolve("secure"), "master password".toCharArray());
		source = sandboxSource(tenant.port());
		secretStore.put(source.getAuthentication().getSecret(), SandboxOptions.CLIENT_SECRET.toCharArray());
		tasks = new WorkspaceTasks(workspace, SecretAccess.of(secretStore), new DisplaySynchronize(harness.driver.display()));
		harness.provide(WorkspaceTasks.class, tasks);
	}

	@AfterEach
	void stopTenant() throws Exception {
		tasks.close();
		Job.getJobManager().join(TaskJob.FAMILY, null);
		tenant.stop();
		secretStore.close();
	}

	private DataSource sandboxSource(int port) {
		DataSource created = LandscapeFactory.eINSTANCE.createDataSource();
		created.setUuid(java.util.UUID.randomUUID().toString());
		created.setName("CPI_SANDBOX");
		created.setType(DataSourceType.SAP_BTP);
		created.getProducts().add(Product.CLOUDINTEGRATION);
		created.setUrl("http://localhost:" + port);
		Authentication oauth = LandscapeFactory.eINSTANCE.createAuthentication();
		oauth.setType(AuthenticationType.OAUTH2);
		oauth.setClientId(SandboxOptions.CLIENT_ID);
		oauth.setTokenUrl("http://localhost:" + port + "/oauth/token");
		oauth.setSecret(SecretReferences.create("client secret of data source CPI_SANDBOX"));
		created.setAuthentication(oauth);
		for (TaskType type : List.of(TaskType.CONFIGURATION, TaskType.RUNTIME)) {
			Task task = LandscapeFactory.eINSTANCE.createTask();
			task.setType(type);
			task.setRecurrence("every 1 day");
			task.setEnabled(true);
			created.getTasks().add(task);
		}
		assertTrue(harness.edits().add(harness.model().dataSources(), DATA_SOURCE_CATALOG__DATA_SOURCES, created));
		return created;
	}

	private void openEditor() {
		harness.editors.open(EditorInput.of(source), "editor");
		harness.driver.flush();
	}

	@Test
	void aTaskStartedInTheEditorReachesSuccessInTheJobMonitorWithItsLog() {
		Shell monitorWindow = harness.openPartWindow(JobMonitorPart.class, 1100, 500);
		Table history = harness.driver.find(monitorWindow, JobMonitorPart.TABLE_ID, Table.class);
		Table log = harness.driver.find(monitorWindow, JobMonitorPart.LOG_ID, Table.class);
		harness.driver.waitUntil("the empty history", () -> harness.driver
				.find(monitorWindow, JobMonitorPart.SUMMARY_ID, Label.class).getText().startsWith("No task has run"));
		openEditor();

		Table taskRows = inEditor("editor.DataSource.tasks", Table.class);
		Button start = inEditor("editor.DataSource.tasks.start", Button.class);
		assertFalse(start.isEnabled(), "nothing to start before a task is selected");
		Gestures.select(taskRows, 0);
		assertEquals("CONFIGURATION", taskRows.getItem(0).getText(0));
		assertTrue(start.isEnabled());
		Gestures.click(start);

		harness.driver.waitUntil("a successful CONFIGURATION run in the Job Monitor", RUN_WAIT,
				() -> rowIndex(history, "CONFIGURATION", "SUCCESS") >= 0);
		int row = rowIndex(history, "CONFIGURATION", "SUCCESS");
		assertEquals("CPI_SANDBOX", history.getItem(row).getText(0));
		assertEquals("Manual", history.getItem(row).getText(2));
		Gestures.select(history, row);
		harness.driver.waitUntil("the run's log", () -> log.getItemCount() > 0
				&& cells(log, 2).stream().anyMatch(message -> message.startsWith("Finished:")));
		List<String> messages = cells(log, 2);
		assertTrue(messages.contains("CONFIGURATION of CPI_SANDBOX started (manual)"), messages::toString);
		assertTrue(messages.stream().noneMatch(message -> message.contains(SandboxOptions.CLIENT_SECRET)),
				"no secret in the log");

		List<TaskRun> runs = tasks.runs().history(RunFilter.all());
		assertEquals(1, runs.size(), runs::toString);
		TaskRun run = runs.get(0);
		assertEquals(RunStatus.SUCCESS, run.status());
		assertEquals(TaskType.CONFIGURATION, run.taskType());
		assertEquals(source.getUuid(), run.dataSourceUuid());
		assertTrue(run.read() > 0, "the run read the tenant's artifacts");
		assertEquals(String.valueOf(run.read()), history.getItem(row).getText(6));
		assertFalse(HarvestedData.of(workspace.store()).artifacts(source.getUuid()).isEmpty(), "artifacts in the store");

		Combo status = harness.driver.find(monitorWindow, JobMonitorPart.STATUS_FILTER_ID, Combo.class);
		Gestures.pick(status, "FAILED");
		harness.driver.waitUntil("no failed run", () -> history.getItemCount() == 0);
		Gestures.pick(status, "SUCCESS");
		harness.driver.waitUntil("the successful run again", () -> history.getItemCount() == 1);
	}

	@Test
	void testConnectionListsEveryStepAndSaysPreciselyWhatFailed() {
		openEditor();
		Button test = inEditor("editor.DataSource.testConnection", Button.class);
		Label result = inEditor("editor.DataSource.testConnection.result", Label.class);
		Gestures.click(test);
		harness.driver.waitUntil("a working connection", RUN_WAIT, () -> result.getText().endsWith("Connection works."));
		assertTrue(result.getText().startsWith("\u2714 "), result.getText());

		secretStore.put(source.getAuthentication().getSecret(), "not-the-secret".toCharArray());
		Gestures.click(test);
		harness.driver.waitUntil("a refused token", RUN_WAIT, () -> result.getText().contains("\u2718 TOKEN"));
		assertFalse(result.getText().contains("not-the-secret"), result.getText());
		assertTrue(result.getText().contains("/oauth/token"), "says which endpoint refused: " + result.getText());
	}

	private static int rowIndex(Table table, String task, String status) {
		TableItem[] items = table.getItems();
		for (int row = 0; row < items.length; row++) {
			if (items[row].getText(1).equals(task) && items[row].getText(STATUS_COLUMN).equals(status)) {
				return row;
			}
		}
		return -1;
	}

	private static List<String> cells(Table table, int column) {
		List<String> texts = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			texts.add(item.getText(column));
		}
		return texts;
	}
}
