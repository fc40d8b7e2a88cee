package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import io.cartograph.tests.support.swt.ShellPicture;
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
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.ui.jobs.JobMonitorPart;
import io.cartograph.ui.landscape.editors.SecretStoreStorage;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.secrets.SecretAccess;

/**
 * Takes the pictures of the documentation (docs/images) when CARTOGRAPH_PICTURES names a folder:
 * the data source editor with its tasks and a tested connection, and the Job Monitor after a few
 * runs against the sandbox tenant. Skipped otherwise. Needs a screen of at least 1300 x 1500.
 */
class TaskPicturesTest extends LandscapeTest {

	private static final Duration WAIT = Duration.ofSeconds(90);

	@Test
	@EnabledIfEnvironmentVariable(named = "CARTOGRAPH_PICTURES", matches = ".+")
	void picturesOfTheDataSourceEditorAndTheJobMonitor() throws Exception {
		String folder = System.getenv("CARTOGRAPH_PICTURES");
		Path pictures = Files.createDirectories(Path.of(folder));
		SandboxTenant tenant = SandboxTenant.start(0, SandboxOptions.defaults().withPackages(6).withMessages(150_000));
		Workspace workspace = harness.createWorkspace(temp.resolve("ws"), "Sandbox");
		try (SecretStore secrets = SecretStore.open(temp.resolve("secure"), "master password".toCharArray())) {
			DataSource sandbox = source("CPI_SANDBOX", tenant.port(), secrets, SandboxOptions.CLIENT_SECRET);
			DataSource unreachable = source("CPI_EU_PROD", 9, secrets, "secret");
			SecretAccess access = SecretAccess.of(secrets);
			WorkspaceTasks tasks = new WorkspaceTasks(workspace, access, new DisplaySynchronize(harness.driver.display()));
			harness.useSecretStorage(new SecretStoreStorage(access));
			harness.provide(WorkspaceTasks.class, tasks);
			harness.shell.setBounds(0, 0, 1280, 900);
			Shell monitor = harness.openPartWindow(JobMonitorPart.class, 1280, 560);
			monitor.setLocation(0, 920);
			harness.openExplorer();

			run(tasks, unreachable, TaskType.CONFIGURATION);
			run(tasks, sandbox, TaskType.CONFIGURATION);

			harness.editors.open(EditorInput.of(sandbox), "editor");
			harness.driver.flush();
			Table taskRows = inEditor("editor.DataSource.tasks", Table.class);
			Gestures.select(taskRows, 0);
			Gestures.click(inEditor("editor.DataSource.testConnection", Button.class));
			Label result = inEditor("editor.DataSource.testConnection.result", Label.class);
			harness.driver.waitUntil("the connection test", WAIT, () -> result.getText().endsWith("Connection works."));
			scrollTo(inEditor("editor.DataSource.hostname", Control.class));
			save(harness.shell, pictures.resolve("data-source-tasks.png"));

			// A long RUNTIME (150,000 message records) is pictured while it runs, beside the history.
			Table history = harness.driver.find(monitor, JobMonitorPart.TABLE_ID, Table.class);
			Table active = harness.driver.find(monitor, JobMonitorPart.ACTIVE_ID, Table.class);
			Job runtime = tasks.start(harness.shell, sandbox, TaskType.RUNTIME).orElseThrow().job();
			harness.driver.waitUntil("three runs", WAIT, () -> history.getItemCount() == 3);
			Gestures.select(history, 1);
			Table log = harness.driver.find(monitor, JobMonitorPart.LOG_ID, Table.class);
			harness.driver.waitUntil("the log", WAIT, () -> log.getItemCount() > 2);
			harness.driver.waitUntil("progress of the running task", WAIT, () -> active.isVisible()
					&& active.getItemCount() == 1 && !active.getItem(0).getText(3).equals("0"));
			save(monitor, pictures.resolve("job-monitor.png"));
			runtime.join();
			tasks.close();
		} finally {
			Job.getJobManager().join(TaskJob.FAMILY, null);
			tenant.stop();
		}
		assertTrue(Files.size(pictures.resolve("job-monitor.png")) > 0);
	}

	private void run(WorkspaceTasks tasks, DataSource source, TaskType type) throws InterruptedException {
		tasks.start(harness.shell, source, type).orElseThrow().job().join();
		harness.driver.flush();
	}

	private DataSource source(String name, int port, SecretStore secrets, String secret) {
		DataSource source = LandscapeFactory.eINSTANCE.createDataSource();
		source.setUuid(java.util.UUID.randomUUID().toString());
		source.setName(name);
		source.setType(DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		source.setRegion("eu10");
		source.setUrl("http://localhost:" + port);
		Authentication oauth = LandscapeFactory.eINSTANCE.createAuthentication();
		oauth.setType(AuthenticationType.OAUTH2);
		oauth.setClientId(SandboxOptions.CLIENT_ID);
		oauth.setTokenUrl("http://localhost:" + port + "/oauth/token");
		oauth.setSecret(SecretReferences.create("client secret of data source " + name));
		source.setAuthentication(oauth);
		secrets.put(oauth.getSecret(), secret.toCharArray());
		String[][] plan = { { "CONFIGURATION", "every 1 day from 02:00" }, { "INVENTORY", "every 1 day from 05:00" },
				{ "RUNTIME", "every 1 hour" } };
		for (String[] each : plan) {
			Task task = LandscapeFactory.eINSTANCE.createTask();
			task.setType(TaskType.valueOf(each[0]));
			task.setRecurrence(each[1]);
			task.setEnabled(true);
			source.getTasks().add(task);
		}
		harness.edits().add(harness.model().dataSources(), DATA_SOURCE_CATALOG__DATA_SOURCES, source);
		return source;
	}

	/** Scrolls the editor's form so that the control is at its top. */
	private void scrollTo(Control control) {
		for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
			if (parent instanceof ScrolledComposite scroller) {
				int y = scroller.getContent().toControl(control.toDisplay(0, 0)).y;
				scroller.setOrigin(0, Math.max(0, y - 40));
				harness.driver.flush();
				return;
			}
		}
	}

	private void save(Shell shell, Path file) throws java.io.IOException {
		ShellPicture.save(shell, file);
	}
}
