package io.cartograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.TaskType;

/** The message activity INVENTORY reads: grouped rows of successful runs only. */
class ArtifactActivityTest {

	private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

	@TempDir
	Path folder;

	private LocalStore store;
	private TaskRuns runs;

	@BeforeEach
	void open() {
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void messagesAreSummedPerArtifactSenderAndReceiverFromSuccessfulRunsOnly() {
		RunWriter good = runs.start("ds", "CPI", TaskType.RUNTIME, RunTrigger.MANUAL);
		good.stage(message("1", "Orders", T, "S4P", "CRM"));
		good.stage(message("2", "Orders", T.plusSeconds(60), "S4P", "CRM"));
		good.stage(message("3", "Orders", T.plusSeconds(30), null, null));
		good.stage(message("4", null, T.plusSeconds(90), "S4P", null));
		good.stage(message("5", "Invoices", T.plusSeconds(5), "ERP", null));
		good.succeed();
		RunWriter failed = runs.start("ds", "CPI", TaskType.RUNTIME, RunTrigger.MANUAL);
		failed.stage(message("6", "Orders", T.plusSeconds(999), "S4P", "CRM"));
		failed.fail("broken");
		RunWriter other = runs.start("other", "CPI2", TaskType.RUNTIME, RunTrigger.MANUAL);
		other.stage(message("7", "Orders", T.plusSeconds(999), "S4P", "CRM"));
		other.succeed();

		List<ArtifactActivity> activity = HarvestedData.of(store).artifactActivity("ds");

		assertEquals(List.of(new ArtifactActivity("Invoices", "ERP", null, T.plusSeconds(5), 1),
				new ArtifactActivity("Orders", null, null, T.plusSeconds(30), 1),
				new ArtifactActivity("Orders", "S4P", "CRM", T.plusSeconds(60), 2)), activity);
	}

	private static MessageRecord message(String guid, String artifact, Instant start, String sender, String receiver) {
		return new MessageRecord(guid, artifact, "COMPLETED", start, start.plusMillis(500), null, sender, receiver);
	}
}
