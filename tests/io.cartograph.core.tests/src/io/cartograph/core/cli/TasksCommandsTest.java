package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.store.RunFilter;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

class TasksCommandsTest {

	@TempDir
	Path folder;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void aHousekeepingTaskRunsRecordedAndPrintsItsLog() {
		Path workspace = folder.resolve("ws");
		assertEquals(0, run("sample", "--workspace", workspace.toString(), "--interfaces", "5").exitCode());

		CliRun result = run("tasks", "run", "--workspace", workspace.toString(), "--data-source", "wic_housekeeping",
				"--task", "runtime");

		assertEquals(0, result.exitCode(), result.err());
		assertTrue(result.out().contains("RUNTIME of WIC_HOUSEKEEPING started (manual)"), result.out());
		assertTrue(result.out().contains("RUNTIME of WIC_HOUSEKEEPING: SUCCESS after "), result.out());
		try (Workspace opened = Workspace.open(workspace)) {
			List<TaskRun> history = TaskRuns.of(opened.store()).history(RunFilter.all());
			assertEquals(1, history.size());
			assertEquals(RunStatus.SUCCESS, history.get(0).status());
		}
	}

	@Test
	void unknownSourcesAndTasksAreExplained() {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "5");

		CliRun unknown = run("tasks", "run", "--workspace", workspace.toString(), "--data-source", "NOPE", "--task", "RUNTIME");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("There is no data source named 'NOPE'") && unknown.err().contains("CPI_SANDBOX"), unknown.err());

		CliRun unsupported = run("tasks", "run", "--workspace", workspace.toString(), "--data-source", "WIC_HOUSEKEEPING",
				"--task", "CONFIGURATION");
		assertEquals(1, unsupported.exitCode());
		assertTrue(unsupported.err().contains("cannot run CONFIGURATION"), unsupported.err());

		CliRun badType = run("tasks", "run", "--workspace", workspace.toString(), "--data-source", "CPI_SANDBOX", "--task", "HARVEST");
		assertEquals(2, badType.exitCode());
		assertTrue(badType.err().contains("option --task needs one of"), badType.err());
	}

	@Test
	void theIngestBenchmarkRunsTheWholePathButIsNotListed() {
		CliRun bench = run("bench-ingest", "--messages", "300");

		assertEquals(0, bench.exitCode(), bench.out() + bench.err());
		assertTrue(bench.out().contains("status=SUCCESS\n"), bench.out());
		assertTrue(bench.out().matches("(?s).*rows_stored=[1-9]\\d*\n.*rows_per_s=\\d+\n.*heap_peak_mb=\\d+\n.*"), bench.out());
		assertFalse(run("help").out().contains("bench-ingest"));
		assertTrue(run("help").out().contains("tasks run --workspace DIR --data-source NAME --task TYPE"));
	}
}
