package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.Test;

import io.cartograph.ui.jobs.JobMonitorPart;

class JobMonitorPartTest extends PartTest {

	@Test
	void listsRealJobsWithTheirOutcome() throws Exception {
		harness.open(JobMonitorPart.class);
		Table table = harness.driver.find(harness.shell, JobMonitorPart.TABLE_ID, Table.class);
		Label summary = harness.driver.find(harness.shell, JobMonitorPart.SUMMARY_ID, Label.class);
		assertEquals("No background jobs have run in this session.", summary.getText());

		Job fine = Job.create("Harvest CPI configuration", monitor -> Status.OK_STATUS);
		Job broken = Job.create("Harvest runtime", (IProgressMonitor monitor) -> Status.error("Tenant answered 503"));
		Job housekeeping = Job.create("Platform housekeeping", monitor -> Status.OK_STATUS);
		housekeeping.setSystem(true);
		fine.schedule();
		broken.schedule();
		housekeeping.schedule();
		fine.join();
		broken.join();
		housekeeping.join();

		harness.driver.waitUntil("two finished jobs in the table", () -> table.getItemCount() == 2
				&& rows(table).stream().noneMatch(row -> row.contains("Waiting") || row.contains("Running")));
		List<String> rows = rows(table);
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("Harvest CPI configuration|Succeeded")), rows::toString);
		assertTrue(rows.stream().anyMatch(row -> row.startsWith("Harvest runtime|Failed") && row.endsWith("|Tenant answered 503")),
				rows::toString);
		assertTrue(rows.stream().noneMatch(row -> row.startsWith("Platform housekeeping")), "system jobs stay hidden");
		harness.driver.waitUntil("the summary to count them", () -> summary.getText().startsWith("2 job(s)"));
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
