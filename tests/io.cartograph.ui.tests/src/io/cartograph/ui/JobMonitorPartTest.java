package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.jobs.TaskJob;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Task;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.ui.jobs.JobMonitorPart;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.secrets.SecretAccess;

class JobMonitorPartTest extends PartTest {

	private static final int STATUS = 5;
	private static final int ERROR = 8;

	private Workspace workspace;
	private WorkspaceTasks tasks;

	@BeforeEach
	void openWorkspace() {
		workspace = harness.openWorkspace(temp.resolve("ws"), "Jobs");
		tasks = new WorkspaceTasks(workspace, new SecretAccess(), new DisplaySynchronize(harness.driver.display()));
		harness.provide(WorkspaceTasks.class, tasks);
	}

	@AfterEach
	void stopTasks() throws InterruptedException {
		tasks.close();
		Job.getJobManager().join(TaskJob.FAMILY, null);
	}

	private DataSource source(String name, DataSourceType type, TaskType task) {
		DataSource source = Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class);
		source.setName(name);
		source.setType(type);
		Task each = Identities.create(LandscapePackage.Literals.TASK, Task.class);
		each.setType(task);
		each.setRecurrence("every 1 day");
		each.setEnabled(true);
		source.getTasks().add(each);
		workspace.model().dataSources().getDataSources().add(source);
		return source;
	}

	@Test
	void showsTheHistoryInColoursFiltersItAndShowsTheLogOfTheSelectedRun() {
		DataSource eu = source("CPI_EU", DataSourceType.SAP_BTP, TaskType.CONFIGURATION);
		DataSource us = source("CPI_US", DataSourceType.SAP_BTP, TaskType.RUNTIME);
		TaskRuns runs = TaskRuns.of(workspace.store());
		RunWriter fine = runs.start(eu.getUuid(), eu.getName(), TaskType.CONFIGURATION, RunTrigger.MANUAL);
		fine.addRead(120);
		fine.info("Read 12 integration packages");
		fine.succeed();
		RunWriter broken = runs.start(us.getUuid(), us.getName(), TaskType.RUNTIME, RunTrigger.SCHEDULED);
		String answer = "GET https://cpi-us.example/api/v1/MessageProcessingLogs answered 503: Service Unavailable";
		broken.error(answer);
		broken.fail(answer);

		harness.open(JobMonitorPart.class);
		Table history = harness.driver.find(harness.shell, JobMonitorPart.TABLE_ID, Table.class);
		Table log = harness.driver.find(harness.shell, JobMonitorPart.LOG_ID, Table.class);
		harness.driver.waitUntil("two runs", () -> history.getItemCount() == 2);
		List<String> rows = rows(history);
		assertTrue(rows.get(0).startsWith("CPI_US|RUNTIME|Scheduled|"), rows::toString);
		assertEquals("FAILED", history.getItem(0).getText(STATUS));
		assertEquals(answer, history.getItem(0).getText(ERROR));
		assertEquals("SUCCESS", history.getItem(1).getText(STATUS));
		assertEquals("120", history.getItem(1).getText(6));
		assertEquals(harness.shell.getDisplay().getSystemColor(SWT.COLOR_RED).getRGB(),
				history.getItem(0).getForeground(STATUS).getRGB());
		assertEquals(new RGB(0x1b, 0x7f, 0x2a), history.getItem(1).getForeground(STATUS).getRGB(), "success is green");
		assertTrue(harness.driver.find(harness.shell, JobMonitorPart.SUMMARY_ID, Label.class).getText()
				.startsWith("2 run(s), 0 running, 1 failed"));

		Combo sources = harness.driver.find(harness.shell, JobMonitorPart.SOURCE_FILTER_ID, Combo.class);
		assertEquals(List.of("All data sources", "CPI_EU", "CPI_US"), List.of(sources.getItems()));
		pick(sources, "CPI_EU");
		harness.driver.waitUntil("the runs of CPI_EU", () -> history.getItemCount() == 1
				&& history.getItem(0).getText(0).equals("CPI_EU"));
		pick(sources, "All data sources");
		pick(harness.driver.find(harness.shell, JobMonitorPart.STATUS_FILTER_ID, Combo.class), "FAILED");
		harness.driver.waitUntil("the failed run only", () -> history.getItemCount() == 1
				&& history.getItem(0).getText(STATUS).equals("FAILED"));

		select(history, 0);
		harness.driver.waitUntil("the failed run's log", () -> log.getItemCount() > 0);
		List<String> lines = rows(log);
		assertTrue(lines.stream().anyMatch(line -> line.endsWith("|ERROR|" + answer)), lines::toString);
		assertFalse(harness.driver.find(harness.shell, JobMonitorPart.CANCEL_ID, Button.class).isEnabled(),
				"a finished run cannot be cancelled");
	}

	@Test
	void runSchedulesRunsDueTasksUnattendedUntilSwitchedOff() {
		source("Housekeeping", DataSourceType.LOGS, TaskType.UPDATE);
		harness.open(JobMonitorPart.class);
		Table history = harness.driver.find(harness.shell, JobMonitorPart.TABLE_ID, Table.class);
		Button schedules = harness.driver.find(harness.shell, JobMonitorPart.SCHEDULES_ID, Button.class);
		assertFalse(schedules.getSelection(), "schedules are off until switched on");
		assertFalse(tasks.runsSchedules());

		schedules.setSelection(true);
		schedules.notifyListeners(SWT.Selection, new Event());
		assertTrue(tasks.runsSchedules());
		harness.driver.waitUntil("the due housekeeping run", Duration.ofSeconds(60), () -> history.getItemCount() == 1
				&& history.getItem(0).getText(STATUS).equals("SUCCESS"));
		assertTrue(rows(history).get(0).startsWith("Housekeeping|UPDATE|Scheduled|"), rows(history)::toString);

		schedules.setSelection(false);
		schedules.notifyListeners(SWT.Selection, new Event());
		assertFalse(tasks.runsSchedules());
	}

	private static void pick(Combo combo, String item) {
		combo.select(List.of(combo.getItems()).indexOf(item));
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void select(Table table, int index) {
		table.setSelection(index);
		Event event = new Event();
		event.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, event);
	}

	private static List<String> rows(Table table) {
		List<String> rows = new ArrayList<>();
		for (TableItem item : table.getItems()) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < table.getColumnCount(); column++) {
				cells.add(item.getText(column));
			}
			rows.add(String.join("|", cells));
		}
		return rows;
	}
}
