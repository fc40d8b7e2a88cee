package io.cartograph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.LogLevel;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunLogLine;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;
import io.cartograph.tests.support.MutableClock;

/** The recorded run of a plain work object, without the job machinery. */
class TaskExecutionTest {

	@TempDir
	Path folder;

	LocalStore store;
	TaskRuns runs;
	DataSource cpi = Fixtures.source("CPI_EU_PRD");
	List<String> events = new CopyOnWriteArrayList<>();
	TaskRunListener recorder = new TaskRunListener() {
		@Override
		public void started(TaskRun run) {
			events.add("started " + run.status());
		}

		@Override
		public void progress(TaskRun run, RunProgress progress) {
			events.add("progress " + progress.task() + " " + Math.round(progress.done() * 100) + "% read " + progress.read());
		}

		@Override
		public void finished(TaskRun run) {
			events.add("finished " + run.status());
		}
	};

	@BeforeEach
	void open() {
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store, new MutableClock(Instant.parse("2025-03-10T08:00:00Z")));
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aSucceedingWorkIsRecordedWithItsDataCountsLogAndProgress() {
		TaskRun run = execute(TaskType.RUNTIME, RunTrigger.SCHEDULED, context -> monitor -> {
			SubMonitor progress = SubMonitor.convert(monitor, "Reading message logs", 2);
			context.run().stage(new MessageRecord("m1", "Orders", "COMPLETED", Instant.parse("2025-03-10T07:00:00Z"),
					null, null, null, null));
			context.run().addRead(1);
			progress.worked(1);
			context.run().info("page 1 of 1");
			progress.worked(1);
			return Status.OK_STATUS;
		});

		assertEquals(RunStatus.SUCCESS, run.status());
		assertEquals(RunTrigger.SCHEDULED, run.trigger());
		assertEquals(1, run.read());
		assertEquals(1, run.written());
		assertEquals(run, runs.run(run.id()).orElseThrow());
		assertEquals(1, HarvestedData.of(store).messageCount(cpi.getUuid()));
		assertEquals(List.of("RUNTIME of CPI_EU_PRD started (scheduled)", "page 1 of 1", "Finished: 1 read, 1 written"),
				messages(run));
		assertEquals(List.of("started RUNNING", "progress Reading message logs 0% read 0",
				"progress Reading message logs 50% read 1", "progress Reading message logs 100% read 1", "finished SUCCESS"),
				events);
	}

	@Test
	void aFailingWorkIsRecordedFailedWithItsMessageAndItsDataIsDiscarded() {
		TaskRun run = execute(TaskType.RUNTIME, RunTrigger.MANUAL, context -> monitor -> {
			context.run().stage(new MessageRecord("m1", "Orders", "COMPLETED", Instant.parse("2025-03-10T07:00:00Z"),
					null, null, null, null));
			return new Status(IStatus.ERROR, "test", "GET /api/v1/MessageProcessingLogs answered 500 Internal Server Error",
					new IllegalStateException("upstream timeout"));
		});

		assertEquals(RunStatus.FAILED, run.status());
		assertEquals("GET /api/v1/MessageProcessingLogs answered 500 Internal Server Error: upstream timeout", run.error());
		assertEquals(0, HarvestedData.of(store).messageCount(cpi.getUuid()));
		RunLogLine last = runs.log(run.id()).getLast();
		assertEquals(LogLevel.ERROR, last.level());
		assertEquals(run.error(), last.message());
		assertEquals("finished FAILED", events.getLast());
	}

	@Test
	void aWorkThatThrowsOrCannotBeMadeIsRecordedFailed() {
		TaskRun thrown = execute(TaskType.CONFIGURATION, RunTrigger.MANUAL, context -> monitor -> {
			throw new IllegalStateException("Malformed JSON at line 1, column 17 of /api/v1/IntegrationPackages");
		});
		assertEquals(RunStatus.FAILED, thrown.status());
		assertEquals("Malformed JSON at line 1, column 17 of /api/v1/IntegrationPackages", thrown.error());

		TaskRun unsupported = execute(TaskType.UPDATE, RunTrigger.MANUAL, context -> {
			throw new UnsupportedOperationException("SAP_BTP data sources do not support UPDATE");
		});
		assertEquals(RunStatus.FAILED, unsupported.status());
		assertEquals("SAP_BTP data sources do not support UPDATE", unsupported.error());

		TaskRun silent = execute(TaskType.RUNTIME, RunTrigger.MANUAL, context -> monitor -> null);
		assertEquals("The task reported no result", silent.error());

		MultiStatus several = new MultiStatus("test", 0, "2 of 3 packages failed", null);
		several.add(Fixtures.error("Package A: 404"));
		several.add(Fixtures.error("Package B: 403"));
		several.add(Status.OK_STATUS);
		several.add(new Status(IStatus.ERROR, "test", "ignored"));
		TaskRun multi = execute(TaskType.CONFIGURATION, RunTrigger.MANUAL, context -> monitor -> several);
		assertEquals("2 of 3 packages failed; Package A: 404; Package B: 403; ignored", multi.error());
	}

	@Test
	void aCancelledMonitorMakesTheRunCancelledEvenIfTheWorkThenFailed() {
		NullProgressMonitor monitor = new NullProgressMonitor();
		TaskExecution execution = new TaskExecution(runs, context -> m -> {
			context.run().stage(new MessageRecord("m1", "Orders", "COMPLETED", Instant.parse("2025-03-10T07:00:00Z"),
					null, null, null, null));
			m.setCanceled(true); // Cancel pressed while a request was in flight...
			return Fixtures.error("Connection aborted"); // ...which then failed.
		}, cpi, TaskType.RUNTIME, RunTrigger.MANUAL, null, List.of(recorder));

		TaskRun run = execution.run(monitor);

		assertEquals(RunStatus.CANCELLED, run.status());
		assertEquals(0, HarvestedData.of(store).messageCount(cpi.getUuid()));
		assertEquals("Cancelled", runs.log(run.id()).getLast().message());
	}

	@Test
	void aWarningStatusSucceedsWithTheWarningInTheLog() {
		TaskRun run = execute(TaskType.CONFIGURATION, RunTrigger.MANUAL,
				context -> monitor -> Status.warning("3 artifacts have no runtime status"));
		assertEquals(RunStatus.SUCCESS, run.status());
		assertTrue(runs.log(run.id()).stream().anyMatch(line -> line.level() == LogLevel.WARN
				&& line.message().equals("3 artifacts have no runtime status")));
	}

	private TaskRun execute(TaskType type, RunTrigger trigger, TaskWorkFactory factory) {
		events.clear();
		return new TaskExecution(runs, factory, cpi, type, trigger, null, List.of(recorder)).run(new NullProgressMonitor());
	}

	private List<String> messages(TaskRun run) {
		return runs.log(run.id()).stream().map(RunLogLine::message).toList();
	}
}
