package io.cartograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.TaskType;

class TrafficQueriesTest {

	static final String CPI = "cpi-uuid";
	static final String PO = "po-uuid";

	@TempDir
	Path folder;

	LocalStore store;
	TaskRuns runs;
	HarvestedData data;

	@BeforeEach
	void open() {
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store);
		data = HarvestedData.of(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void trafficSinceCountsPerArtifactCompletedAndFailedFromVisibleRunsOnly() {
		succeed(CPI, message("a1", "Orders", "COMPLETED", "2025-03-01T10:00:00Z"),
				message("a2", "Orders", "FAILED", "2025-03-02T10:00:00Z"),
				message("a3", "Orders", "ESCALATED", "2025-03-03T10:00:00Z"),
				message("a4", "Orders", "RETRY", "2025-03-04T10:00:00Z"),
				message("a5", "Orders", "COMPLETED", "2025-02-01T10:00:00Z"),
				message("b1", "Invoices", "COMPLETED", "2025-03-05T10:00:00Z"),
				message("n1", null, "COMPLETED", "2025-03-05T10:00:00Z"));
		succeed(PO, message("p1", "Orders", "COMPLETED", "2025-03-05T10:00:00Z"));
		RunWriter failing = runs.start(CPI, CPI, TaskType.RUNTIME, RunTrigger.MANUAL);
		failing.stage(message("x1", "Orders", "COMPLETED", "2025-03-06T10:00:00Z"));
		failing.fail("broken");

		List<ArtifactTraffic> traffic = data.trafficSince(CPI, Instant.parse("2025-03-01T00:00:00Z"));

		assertEquals(List.of(new ArtifactTraffic(CPI, "Invoices", 1, 1, 0, Instant.parse("2025-03-05T10:00:00Z")),
				new ArtifactTraffic(CPI, "Orders", 4, 1, 2, Instant.parse("2025-03-04T10:00:00Z"))), traffic,
				"before since, other sources, failed runs and messages without artifact are left out");
		assertTrue(data.trafficSince(CPI, Instant.parse("2025-04-01T00:00:00Z")).isEmpty());
	}

	@Test
	void dailyTrafficGroupsByArtifactAndUtcDay() {
		succeed(CPI, message("a1", "Orders", "COMPLETED", "2025-03-01T00:00:00Z"),
				message("a2", "Orders", "FAILED", "2025-03-01T23:59:59Z"),
				message("a3", "Orders", "COMPLETED", "2025-03-02T00:00:00Z"),
				message("b1", "Invoices", "COMPLETED", "2025-03-01T12:00:00Z"));

		List<DailyTraffic> days = data.dailyTraffic(CPI, Instant.parse("2025-02-01T00:00:00Z"));

		assertEquals(List.of(new DailyTraffic(CPI, "Invoices", LocalDate.parse("2025-03-01"), 1, 1, 0),
				new DailyTraffic(CPI, "Orders", LocalDate.parse("2025-03-01"), 2, 1, 1),
				new DailyTraffic(CPI, "Orders", LocalDate.parse("2025-03-02"), 1, 1, 0)), days);
	}

	@Test
	void correlatedMessagesAreThoseWhoseCorrelationIdSeveralArtifactsShareInOrder() {
		succeed(CPI, correlated("a2", "Invoices", "c1", "2025-03-01T10:00:05Z"), correlated("a1", "Orders", "c1", "2025-03-01T10:00:00Z"),
				correlated("b1", "Orders", "c2", "2025-03-01T11:00:00Z"), correlated("b2", "Orders", "c2", "2025-03-01T11:00:01Z"),
				correlated("old", "Orders", "c0", "2025-01-01T10:00:00Z"), correlated("old2", "Invoices", "c0", "2025-01-01T10:00:01Z"));
		succeed(PO, correlated("p1", "Orders", "c2", "2025-03-01T11:00:02Z"));
		List<String> seen = new java.util.ArrayList<>();

		data.forEachCorrelatedMessage(Instant.parse("2025-02-01T00:00:00Z"),
				(source, message) -> seen.add(source + ":" + message.messageGuid() + ":" + message.correlationId()));

		assertEquals(List.of(CPI + ":a1:c1", CPI + ":a2:c1", CPI + ":b1:c2", CPI + ":b2:c2", PO + ":p1:c2"), seen,
				"c2 links Orders of two data sources; c0 is too old");
	}

	private static MessageRecord correlated(String guid, String artifact, String correlation, String start) {
		Instant at = Instant.parse(start);
		return new MessageRecord(guid, artifact, "COMPLETED", at, at, correlation, null, null);
	}

	/** Timings of the KPI queries over a million records: {@code -Dtycho.testArgLine="-Dcartograph.bench=true"}. */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void aMillionMessageRecords() {
		IngestBenchmark.run(store, 1_000_000);
		Instant since = Instant.parse("2025-06-01T00:00:00Z");
		long start = System.nanoTime();
		List<ArtifactTraffic> traffic = data.trafficSince("benchmark-source", since);
		long trafficMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		List<DailyTraffic> days = data.dailyTraffic("benchmark-source", since);
		long dailyMillis = (System.nanoTime() - start) / 1_000_000;
		start = System.nanoTime();
		long[] correlated = { 0 };
		data.forEachCorrelatedMessage(since, (source, message) -> correlated[0]++);
		long correlatedMillis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("BENCHMARK trafficSince " + traffic.size() + " rows in " + trafficMillis + " ms; dailyTraffic "
				+ days.size() + " rows in " + dailyMillis + " ms; correlated " + correlated[0] + " in " + correlatedMillis + " ms");
		assertEquals(1_000_000, traffic.stream().mapToLong(ArtifactTraffic::messages).sum());
	}

	private void succeed(String source, MessageRecord... messages) {
		RunWriter run = runs.start(source, source, TaskType.RUNTIME, RunTrigger.SCHEDULED);
		for (MessageRecord message : messages) {
			run.stage(message);
		}
		run.succeed();
	}

	private static MessageRecord message(String guid, String artifact, String status, String start) {
		Instant at = Instant.parse(start);
		return new MessageRecord(guid, artifact, status, at, at.plusSeconds(1), "corr-" + guid, null, null);
	}
}
