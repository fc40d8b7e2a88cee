package io.cartograph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.LocalStore;
import io.cartograph.store.LogLevel;
import io.cartograph.store.RunLogLine;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;
import io.cartograph.tests.support.MutableClock;

class TaskSchedulerTest {

	static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");
	static final long WAIT = 20;

	@TempDir
	Path folder;

	LocalStore store;
	MutableClock clock = new MutableClock(T0);
	TaskRuns runs;
	List<DataSource> sources = new ArrayList<>();
	DataSource cpi = Fixtures.source("CPI_EU_PRD");
	DataSource po = Fixtures.source("PO_PRD");
	/** What the works do; by default they succeed at once. */
	volatile TaskWorkFactory works = context -> monitor -> Status.OK_STATUS;
	TaskScheduler scheduler;

	@BeforeEach
	void open() {
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store, clock);
		sources.addAll(List.of(cpi, po));
		scheduler = new TaskScheduler(runs, context -> works.create(context), () -> sources, clock);
	}

	@AfterEach
	void close() throws InterruptedException {
		Job.getJobManager().cancel(TaskJob.FAMILY);
		Job.getJobManager().join(TaskJob.FAMILY, null);
		store.close();
	}

	@Test
	void twoTasksOfOneSourceNeverOverlapWhileTwoSourcesRunInParallel() throws Exception {
		CountDownLatch configurationStarted = new CountDownLatch(1);
		CountDownLatch otherSourceRan = new CountDownLatch(1);
		AtomicBoolean configurationEnded = new AtomicBoolean();
		AtomicBoolean inventorySawConfigurationEnded = new AtomicBoolean();
		works = context -> monitor -> {
			if (context.dataSource() == po) {
				otherSourceRan.countDown();
			} else if (context.taskType() == TaskType.CONFIGURATION) {
				configurationStarted.countDown();
				// Serialising the sources would leave this waiting for ever (until the timeout).
				boolean parallel = await(otherSourceRan);
				configurationEnded.set(true);
				return parallel ? Status.OK_STATUS : Fixtures.error("PO_PRD did not run in parallel");
			} else {
				inventorySawConfigurationEnded.set(configurationEnded.get());
			}
			return Status.OK_STATUS;
		};

		StartedTask configuration = scheduler.startNow(cpi, TaskType.CONFIGURATION);
		assertTrue(await(configurationStarted));
		StartedTask inventory = scheduler.startNow(cpi, TaskType.INVENTORY);
		StartedTask other = scheduler.startNow(po, TaskType.CONFIGURATION);

		assertEquals(RunStatus.SUCCESS, other.join().status());
		assertEquals(RunStatus.SUCCESS, configuration.join().status(), configuration.job().result().error());
		assertEquals(RunStatus.SUCCESS, inventory.join().status());
		assertTrue(inventorySawConfigurationEnded.get(), "INVENTORY started only after CONFIGURATION ended");
	}

	@Test
	void aScheduledInventoryWaitsForTheGapAfterConfiguration() throws Exception {
		Fixtures.task(cpi, TaskType.CONFIGURATION, "Every 1 day");
		Fixtures.task(cpi, TaskType.INVENTORY, "Every 1 day");

		List<StartedTask> first = scheduler.tick();
		assertEquals(List.of(TaskType.CONFIGURATION), types(first), "a running CONFIGURATION holds INVENTORY back");
		first.get(0).join();
		clock.advance(Duration.ofMinutes(10));
		TaskRun configuration = runs.lastRun(cpi.getUuid(), TaskType.CONFIGURATION).orElseThrow();

		assertTrue(scheduler.tick().isEmpty());
		DueTask inventory = due(TaskType.INVENTORY);
		assertEquals(configuration.endedAt().plus(Duration.ofHours(2)), inventory.due());
		assertTrue(inventory.note().contains("postponed"), inventory.note());

		clock.advance(Duration.ofHours(2).minusMinutes(10).minusSeconds(1));
		assertTrue(scheduler.tick().isEmpty(), "one second short of the gap");
		clock.advance(Duration.ofSeconds(1));
		List<StartedTask> second = scheduler.tick();
		assertEquals(List.of(TaskType.INVENTORY), types(second));
		assertNull(second.get(0).warningText(), "scheduled runs keep the gap, so they need no warning");
		TaskRun run = second.get(0).join();
		assertEquals(RunTrigger.SCHEDULED, run.trigger());
		assertEquals(RunStatus.SUCCESS, run.status());
	}

	@Test
	void aManualInventoryWithinTheGapRunsWithAWarning() throws Exception {
		scheduler.setMinimumGap(Duration.ofHours(3));
		scheduler.startNow(cpi, TaskType.CONFIGURATION).join();
		clock.advance(Duration.ofMinutes(25));

		StartedTask early = scheduler.startNow(cpi, TaskType.INVENTORY);
		String warning = early.warning().orElseThrow();
		assertTrue(warning.contains("CONFIGURATION of CPI_EU_PRD ended only 25 min ago"), warning);
		assertTrue(warning.contains("3 h are recommended"), warning);
		TaskRun run = early.join();
		assertEquals(RunStatus.SUCCESS, run.status());
		assertEquals(RunTrigger.MANUAL, run.trigger());
		RunLogLine first = runs.log(run.id()).get(0);
		assertEquals(LogLevel.WARN, first.level());
		assertEquals(warning, first.message());

		clock.advance(Duration.ofHours(3));
		assertTrue(scheduler.startNow(cpi, TaskType.INVENTORY).warning().isEmpty(), "the gap has passed");
		assertTrue(scheduler.startNow(cpi, TaskType.RUNTIME).warning().isEmpty(), "only INVENTORY has a gap");
	}

	@Test
	void tasksRunAgainOneRecurrenceAfterTheirLastStart() throws Exception {
		Fixtures.task(cpi, TaskType.RUNTIME, "every 6h");
		Fixtures.task(po, TaskType.RUNTIME, "Every 1 hour").setEnabled(false);
		Fixtures.task(po, TaskType.UPDATE, "every fortnight");

		List<StartedTask> first = scheduler.tick();
		assertEquals(1, first.size(), "never run: due at once; disabled and unreadable tasks are not started");
		first.get(0).join();
		DueTask broken = scheduler.plan().stream().filter(t -> t.taskType() == TaskType.UPDATE).findFirst().orElseThrow();
		assertNull(broken.due());
		assertTrue(broken.note().contains("unknown unit \"fortnight\""), broken.note());
		assertEquals(T0.plus(Duration.ofHours(6)), due(TaskType.RUNTIME).due());

		clock.advance(Duration.ofHours(6).minusSeconds(1));
		assertTrue(scheduler.tick().isEmpty());
		clock.advance(Duration.ofSeconds(1));
		List<StartedTask> second = scheduler.tick();
		assertEquals(1, second.size());
		assertEquals(RunTrigger.SCHEDULED, second.get(0).join().trigger());
		assertEquals(2, runs.history(io.cartograph.store.RunFilter.all().dataSource(cpi.getUuid())).size());
	}

	@Test
	void aTaskWithAStartTimeFirstRunsAtItsStartTime() {
		Fixtures.task(cpi, TaskType.CONFIGURATION, "daily 02:00");
		assertEquals(Instant.parse("2025-03-11T02:00:00Z"), due(TaskType.CONFIGURATION).due());
		assertTrue(scheduler.tick().isEmpty());
	}

	@Test
	void cancelAbortsTheRequestInFlightAndRecordsCancelled() throws Exception {
		CountDownLatch requestSent = new CountDownLatch(1);
		CountDownLatch aborted = new CountDownLatch(1);
		works = context -> monitor -> {
			CountDownLatch response = new CountDownLatch(1);
			try (Cancellation.Registration r = context.cancellation().onAbort(() -> {
				aborted.countDown();
				response.countDown(); // as aborting an HTTP request makes execute() return
			})) {
				requestSent.countDown();
				if (!await(response)) {
					return Fixtures.error("the abort action did not reach the request");
				}
			}
			return Fixtures.error("Request aborted"); // what a client reports after an abort
		};
		List<TaskRun> finished = new CopyOnWriteArrayList<>();
		scheduler.addListener(new TaskRunListener() {
			@Override
			public void finished(TaskRun run) {
				finished.add(run);
			}
		});

		StartedTask runtime = scheduler.startNow(cpi, TaskType.RUNTIME);
		assertTrue(await(requestSent));
		assertTrue(scheduler.isActive(cpi, TaskType.RUNTIME));
		scheduler.cancel(cpi, TaskType.RUNTIME);

		assertTrue(await(aborted));
		TaskRun run = runtime.join();
		assertEquals(RunStatus.CANCELLED, run.status());
		assertEquals(RunStatus.CANCELLED, runs.run(run.id()).orElseThrow().status());
		assertEquals(IStatus.CANCEL, runtime.job().getResult().getSeverity());
		assertEquals(List.of(run), finished);
	}

	@Test
	void aFailingWorkIsRecordedFailedWithItsMessage() throws Exception {
		works = context -> monitor -> Fixtures.error("POST https://acme.authentication.eu10.hana.ondemand.com/oauth/token "
				+ "answered 401 Unauthorized");
		StartedTask started = scheduler.startNow(po, TaskType.CONFIGURATION);
		TaskRun run = started.join();
		assertEquals(RunStatus.FAILED, run.status());
		assertEquals("POST https://acme.authentication.eu10.hana.ondemand.com/oauth/token answered 401 Unauthorized",
				runs.run(run.id()).orElseThrow().error());
		assertFalse(scheduler.isActive(po, TaskType.CONFIGURATION));
	}

	@Test
	void jobsBelongToTheCartographFamilyAndTheirDataSourcesFamily() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		works = context -> monitor -> await(release) ? Status.OK_STATUS : Fixtures.error("not released");
		StartedTask started = scheduler.startNow(cpi, TaskType.RUNTIME);
		StartedTask again = scheduler.startNow(cpi, TaskType.RUNTIME);

		assertFalse(again.isNew());
		assertTrue(again.warning().orElseThrow().contains("already queued or running"));
		assertEquals(List.of(started.job()), List.of(Job.getJobManager().find(TaskJob.family(cpi.getUuid()))));
		assertEquals(List.of(started.job()), List.of(Job.getJobManager().find(TaskJob.FAMILY)));
		assertEquals(0, Job.getJobManager().find(TaskJob.family(po.getUuid())).length);
		release.countDown();
		assertEquals(RunStatus.SUCCESS, started.join().status());
	}

	private DueTask due(TaskType type) {
		return scheduler.plan().stream().filter(t -> t.dataSource() == cpi && t.taskType() == type).findFirst()
				.orElseThrow();
	}

	private static List<TaskType> types(List<StartedTask> started) {
		return started.stream().map(s -> s.job().execution().taskType()).toList();
	}

	static boolean await(CountDownLatch latch) {
		try {
			return latch.await(WAIT, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
