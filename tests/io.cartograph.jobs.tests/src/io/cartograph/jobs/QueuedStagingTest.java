package io.cartograph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

class QueuedStagingTest {

	@TempDir
	Path folder;

	@Test
	void everythingHandedOverIsStagedByFinish() {
		try (LocalStore store = LocalStore.open(folder)) {
			RunWriter run = TaskRuns.of(store).start("uuid-s", "S", TaskType.RUNTIME, RunTrigger.MANUAL);
			try (QueuedStaging staging = new QueuedStaging(run, Clock.systemUTC(), "S")) {
				for (int i = 0; i < 10_000; i++) {
					staging.messageRecord("m" + i, "Orders", "COMPLETED", Instant.ofEpochSecond(1_700_000_000L + i), null, null, null, null);
				}
				staging.finish();
			}
			run.succeed();
			assertEquals(10_000, run.read());
			assertEquals(10_000, HarvestedData.of(store).messageCount("uuid-s"));
		}
	}

	@Test
	void whatTheStoreRefusesEndsTheHarvestWithItsReasonWithoutBlocking() {
		try (LocalStore store = LocalStore.open(folder)) {
			RunWriter run = TaskRuns.of(store).start("uuid-s", "S", TaskType.RUNTIME, RunTrigger.MANUAL);
			try (QueuedStaging staging = new QueuedStaging(run, Clock.systemUTC(), "S")) {
				staging.artifact("IntegrationPackage", "Orders", "1.0", "{}");
				IllegalStateException refused = assertThrows(IllegalStateException.class, () -> {
					// More than the queue holds: a writer that stopped taking would leave this hanging.
					for (int i = 0; i < 50_000; i++) {
						staging.messageRecord("m" + i, "Orders", "COMPLETED", Instant.ofEpochSecond(1_700_000_000L), null, null, null, null);
					}
					staging.finish();
				});
				assertTrue(refused.getMessage().startsWith("Raw artifacts are harvested by CONFIGURATION runs"), refused.getMessage());
			}
		}
	}
}
