package io.cartograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.TaskType;
import io.cartograph.tests.support.MutableClock;

class TaskRunsTest {

	static final String CPI = "0b7c6e1e-cpi";
	static final String PO = "4f1d2a3b-po";
	static final Instant T0 = Instant.parse("2025-03-10T08:00:00Z");

	@TempDir
	Path folder;

	LocalStore store;
	MutableClock clock = new MutableClock(T0);
	TaskRuns runs;
	HarvestedData data;

	@BeforeEach
	void open() {
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store, clock);
		data = HarvestedData.of(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aSuccessfulConfigurationRunMakesItsArtifactsVisibleOnlyWhenItSucceeds() {
		RunWriter run = runs.start(CPI, "CPI_EU_PRD", TaskType.CONFIGURATION, RunTrigger.MANUAL);
		for (int i = 0; i < RunWriter.ARTIFACT_BATCH + 5; i++) {
			run.stage(artifact("Package_" + i, "1.0." + i));
		}
		run.flush();
		assertEquals(RunWriter.ARTIFACT_BATCH + 5, rows("SELECT COUNT(*) FROM raw_artifact"), "written to the table");
		assertTrue(data.artifacts(CPI).isEmpty(), "invisible while RUNNING");

		run.addRead(RunWriter.ARTIFACT_BATCH + 5);
		clock.advance(Duration.ofMinutes(3));
		TaskRun done = run.succeed();

		assertEquals(RunStatus.SUCCESS, done.status());
		assertEquals(T0.plus(Duration.ofMinutes(3)), done.endedAt());
		assertEquals(done, runs.run(done.id()).orElseThrow());
		assertEquals(RunWriter.ARTIFACT_BATCH + 5, done.read());
		assertEquals(RunWriter.ARTIFACT_BATCH + 5, done.written());
		List<RawArtifact> artifacts = data.artifacts(CPI);
		assertEquals(RunWriter.ARTIFACT_BATCH + 5, artifacts.size());
		assertEquals(artifact("Package_0", "1.0.0"), artifacts.get(0));
		assertEquals(RunWriter.ARTIFACT_BATCH + 5, data.artifacts(CPI, "IntegrationPackage").size());
		assertTrue(data.artifacts(CPI, "IntegrationRuntimeArtifact").isEmpty());
		assertTrue(data.artifacts(PO).isEmpty(), "other sources see nothing");
	}

	@Test
	void aFailedOrCancelledRunLeavesThePreviousSnapshotInPlaceAndItsRowsAreDeleted() {
		configuration(CPI, artifact("Good", "1"));

		RunWriter failing = runs.start(CPI, "CPI_EU_PRD", TaskType.CONFIGURATION, RunTrigger.SCHEDULED);
		failing.stage(artifact("Bad", "2"));
		failing.flush();
		TaskRun failed = failing.fail("GET https://tenant/api/v1/IntegrationPackages answered 500");
		assertEquals(RunStatus.FAILED, failed.status());
		assertEquals("GET https://tenant/api/v1/IntegrationPackages answered 500", failed.error());
		assertEquals(List.of(artifact("Good", "1")), data.artifacts(CPI));

		RunWriter cancelled = runs.start(CPI, "CPI_EU_PRD", TaskType.CONFIGURATION, RunTrigger.MANUAL);
		for (int i = 0; i < RunWriter.ARTIFACT_BATCH * 2; i++) {
			cancelled.stage(artifact("Half_" + i, "3"));
		}
		assertEquals(RunStatus.CANCELLED, cancelled.cancel().status());
		assertEquals(List.of(artifact("Good", "1")), data.artifacts(CPI));

		assertEquals(1, rows("SELECT COUNT(*) FROM raw_artifact"), "rows of failed and cancelled runs are gone");
		assertThrows(IllegalStateException.class, () -> cancelled.stage(artifact("Late", "4")));
	}

	@Test
	void aNewSnapshotReplacesTheOldOne() {
		configuration(CPI, artifact("Old", "1"), artifact("Kept", "1"));
		configuration(PO, artifact("Other", "1"));
		configuration(CPI, artifact("Kept", "2"), artifact("New", "1"));

		assertEquals(List.of(artifact("Kept", "2"), artifact("New", "1")), data.artifacts(CPI));
		assertEquals(List.of(artifact("Other", "1")), data.artifacts(PO));
		assertEquals(3, rows("SELECT COUNT(*) FROM raw_artifact"), "the superseded snapshot is deleted");
	}

	@Test
	void aRunLeftRunningByAKilledProcessIsInvisibleAndMarkedFailedOnReopen() {
		runtime(CPI, message("m-good", "COMPLETED", T0.minusSeconds(60)));
		RunWriter crashing = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.SCHEDULED);
		crashing.info("Reading MessageProcessingLogs");
		for (int i = 0; i < RunWriter.MESSAGE_BATCH + 10; i++) {
			crashing.stage(message("m-" + i, "COMPLETED", T0.plusSeconds(i)));
		}
		assertEquals(RunWriter.MESSAGE_BATCH + 1, rows("SELECT COUNT(*) FROM message_record"), "a batch reached the table");
		assertEquals(1, data.messageCount(CPI), "but stays invisible");

		store.close(); // the process dies: nobody ends the run
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store, clock);
		data = HarvestedData.of(store);

		TaskRun interrupted = runs.run(crashing.id()).orElseThrow();
		assertEquals(RunStatus.FAILED, interrupted.status());
		assertTrue(interrupted.error().startsWith("Interrupted"), interrupted.error());
		assertTrue(interrupted.endedAt() != null);
		assertEquals(1, data.messageCount(CPI));
		assertEquals(1, rows("SELECT COUNT(*) FROM message_record"), "its rows were deleted on reopen");
		assertEquals("Reading MessageProcessingLogs", runs.log(crashing.id()).get(0).message(), "its log is kept");
	}

	@Test
	void runtimeRecordsAccumulateAndAMessageSeenAgainReplacesItsOlderCopy() {
		Instant first = Instant.parse("2025-03-01T10:00:00Z");
		runtime(CPI, message("a", "PROCESSING", first), message("b", "COMPLETED", first.plusSeconds(10)));
		assertEquals(first.plusSeconds(10), data.latestLogStart(CPI).orElseThrow());

		// The next run reads from the start of the last one again, so "a" comes back finished.
		runtime(CPI, message("a", "FAILED", first), message("c", "COMPLETED", first.plusSeconds(20)));

		assertEquals(3, data.messageCount(CPI));
		List<MessageRecord> stored = data.messagesSince(CPI, first, 10);
		assertEquals(List.of("a", "b", "c"), stored.stream().map(MessageRecord::messageGuid).toList());
		assertEquals("FAILED", stored.get(0).status());
		assertEquals(2, data.messageCountSince(CPI, first.plusSeconds(10)));
		assertEquals(first.plusSeconds(20), data.latestLogStart(CPI).orElseThrow());
		assertEquals(0, data.messageCount(PO));
	}

	@Test
	void historyListsNewestFirstAndFiltersBySourceStatusAndType() {
		TaskRun cpiConfig = configuration(CPI, artifact("P", "1"));
		clock.advance(Duration.ofMinutes(1));
		TaskRun poFailed = runs.start(PO, "PO_PRD", TaskType.INVENTORY, RunTrigger.SCHEDULED).fail("no route to host");
		clock.advance(Duration.ofMinutes(1));
		TaskRun cpiRuntime = runtime(CPI, message("x", "COMPLETED", T0));
		clock.advance(Duration.ofMinutes(1));
		RunWriter running = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.MANUAL);

		assertEquals(List.of(running.id(), cpiRuntime.id(), poFailed.id(), cpiConfig.id()), ids(RunFilter.all()));
		assertEquals(List.of(running.id(), cpiRuntime.id(), cpiConfig.id()), ids(RunFilter.all().dataSource(CPI)));
		assertEquals(List.of(poFailed.id()), ids(RunFilter.all().status(RunStatus.FAILED)));
		assertEquals(List.of(cpiRuntime.id(), cpiConfig.id()),
				ids(RunFilter.all().dataSource(CPI).status(RunStatus.SUCCESS)));
		assertEquals(List.of(running.id(), poFailed.id()),
				ids(RunFilter.all().status(RunStatus.RUNNING, RunStatus.FAILED)));
		assertEquals(List.of(running.id(), cpiRuntime.id()), ids(RunFilter.all().taskType(TaskType.RUNTIME)));
		assertEquals(List.of(running.id()), ids(RunFilter.all().limit(1)));
		assertEquals(List.of(running.id()), runs.running().stream().map(TaskRun::id).toList());

		assertEquals(cpiRuntime.id(), runs.lastSuccessful(CPI, TaskType.RUNTIME).orElseThrow().id());
		assertEquals(running.id(), runs.lastRun(CPI, TaskType.RUNTIME).orElseThrow().id());
		assertTrue(runs.lastSuccessful(PO, TaskType.INVENTORY).isEmpty());
		TaskRun listed = runs.history(RunFilter.all().dataSource(PO)).get(0);
		assertEquals("PO_PRD", listed.dataSourceName());
		assertEquals(RunTrigger.SCHEDULED, listed.trigger());
		assertEquals("no route to host", listed.error());
	}

	@Test
	void logsAreKeptInOrderAndHousekeepingDeletesThoseOlderThanSevenDays() {
		RunWriter old = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.SCHEDULED);
		old.info("page 1");
		old.warn("429, retrying after 2 s");
		old.error("page 2 failed");
		old.fail("page 2 failed");
		clock.advance(Duration.ofDays(6));
		RunWriter recent = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.SCHEDULED);
		recent.info("page 1");
		recent.succeed();

		List<RunLogLine> lines = runs.log(old.id());
		assertEquals(List.of("page 1", "429, retrying after 2 s", "page 2 failed"),
				lines.stream().map(RunLogLine::message).toList());
		assertEquals(List.of(LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR), lines.stream().map(RunLogLine::level).toList());
		assertEquals(T0, lines.get(0).at());

		assertEquals(0, runs.deleteOldLogs(), "six days are not seven");
		clock.advance(Duration.ofDays(1).plusSeconds(1));
		assertEquals(3, runs.deleteOldLogs());
		assertTrue(runs.log(old.id()).isEmpty());
		assertEquals(1, runs.log(recent.id()).size());
		assertTrue(runs.run(old.id()).isPresent(), "the run stays in the history");
		assertEquals(1, runs.deleteLogsOlderThan(Duration.ZERO));
	}

	@Test
	void monthlyTrafficCountsMessagesAndFailuresOfSuccessfulRunsPerArtifactAndMonth() {
		runtime(CPI,
				message("1", "COMPLETED", Instant.parse("2025-01-31T23:59:59Z"), "Orders"),
				message("2", "FAILED", Instant.parse("2025-01-15T10:00:00Z"), "Orders"),
				message("3", "COMPLETED", Instant.parse("2025-02-01T00:00:00Z"), "Orders"),
				message("4", "ESCALATED", Instant.parse("2025-02-10T00:00:00Z"), "Invoices"));
		runtime(PO, message("5", "COMPLETED", Instant.parse("2025-02-03T00:00:00Z"), "Orders"));
		RunWriter failed = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.SCHEDULED);
		failed.stage(message("6", "FAILED", Instant.parse("2025-02-11T00:00:00Z"), "Orders"));
		failed.flush();

		assertEquals(4, data.rebuildMonthlyTraffic());

		assertEquals(List.of(
				new MonthlyTraffic(CPI, "Orders", java.time.YearMonth.of(2025, 1), 2, 1),
				new MonthlyTraffic(CPI, "Invoices", java.time.YearMonth.of(2025, 2), 1, 1),
				new MonthlyTraffic(CPI, "Orders", java.time.YearMonth.of(2025, 2), 1, 0)),
				data.monthlyTraffic(CPI));
		assertEquals(1, data.monthlyTraffic(PO).size());

		failed.fail("stopped");
		runtime(CPI, message("7", "COMPLETED", Instant.parse("2025-03-01T00:00:00Z"), "Orders"));
		assertEquals(5, data.rebuildMonthlyTraffic(), "a rebuild replaces the previous aggregates");
		assertEquals(4, data.monthlyTraffic(CPI).size());
	}

	@Test
	void onlyConfigurationRunsHarvestArtifactsAndAnUnendedRunFailsOnClose() {
		RunWriter run = runs.start(CPI, "CPI_EU_PRD", TaskType.RUNTIME, RunTrigger.MANUAL);
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> run.stage(artifact("P", "1")));
		assertTrue(refused.getMessage().contains("CONFIGURATION"), refused.getMessage());
		run.close();
		TaskRun closed = runs.run(run.id()).orElseThrow();
		assertEquals(RunStatus.FAILED, closed.status());
		assertEquals("The run ended without reporting a result", closed.error());
		run.close();
	}

	@Test
	void aVeryLongErrorIsShortenedToFitTheStore() {
		TaskRun failed = runs.start(CPI, "CPI", TaskType.RUNTIME, RunTrigger.MANUAL).fail("x".repeat(10_000));
		assertEquals(4000, failed.error().length());
		assertEquals(failed.error(), runs.run(failed.id()).orElseThrow().error());
	}

	private TaskRun configuration(String source, RawArtifact... artifacts) {
		RunWriter run = runs.start(source, source, TaskType.CONFIGURATION, RunTrigger.SCHEDULED);
		for (RawArtifact artifact : artifacts) {
			run.stage(artifact);
		}
		return run.succeed();
	}

	private TaskRun runtime(String source, MessageRecord... messages) {
		RunWriter run = runs.start(source, source, TaskType.RUNTIME, RunTrigger.SCHEDULED);
		for (MessageRecord message : messages) {
			run.stage(message);
		}
		return run.succeed();
	}

	private List<Long> ids(RunFilter filter) {
		return runs.history(filter).stream().map(TaskRun::id).toList();
	}

	static RawArtifact artifact(String id, String version) {
		return new RawArtifact("IntegrationPackage", id, version, "{\"Id\":\"" + id + "\"}", T0);
	}

	static MessageRecord message(String guid, String status, Instant start) {
		return message(guid, status, start, "Replicate_Orders");
	}

	static MessageRecord message(String guid, String status, Instant start, String artifact) {
		return new MessageRecord(guid, artifact, status, start, start.plusMillis(800), "corr-" + guid, "S4P", null);
	}

	private long rows(String sql) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement(sql); ResultSet result = query.executeQuery()) {
				result.next();
				return result.getLong(1);
			}
		});
	}
}
