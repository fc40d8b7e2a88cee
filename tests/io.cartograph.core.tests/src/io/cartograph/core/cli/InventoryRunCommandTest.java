package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.core.inventory.SandboxHarvest;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.rules.inventory.CloudIntegrationArtifacts;
import io.cartograph.store.HarvestedData;

class InventoryRunCommandTest {

	@TempDir
	Path folder;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void inventoryRunBuildsAndSavesTheHarvestedSourcesInterfacesAndSkipsTheOthers() throws IOException {
		Path ws = folder.resolve("ws");
		assertEquals(0, run("sample", "--workspace", ws.toString(), "--interfaces", "5").exitCode());
		String uuid = SandboxHarvest.configurationAndRuntime(ws, SandboxOptions.defaults().withMessages(1_000).withPackages(2));
		int flows;
		try (Workspace workspace = Workspace.open(ws)) {
			flows = HarvestedData.of(workspace.store()).artifacts(uuid, CloudIntegrationArtifacts.DESIGNTIME).size();
		}

		CliRun first = run("inventory", "run", "--workspace", ws.toString());

		assertEquals(0, first.exitCode(), first.out() + first.err());
		assertTrue(first.out().contains("CPI_SANDBOX: Interfaces: " + flows + " new, 0 updated, 0 not found in last run, 0 unchanged"), first.out());
		assertTrue(first.out().contains("CPI_EU_PRD: skipped, no successful CONFIGURATION run yet"), first.out());
		try (Workspace reopened = Workspace.open(ws)) {
			long saved = reopened.model().interfaces().getInterfaces().stream()
					.filter(item -> item.getDataSource() != null && uuid.equals(item.getDataSource().getUuid())).count();
			assertEquals(flows, saved, "the interfaces were saved");
		}

		CliRun again = run("tasks", "run", "--workspace", ws.toString(), "--data-source", "CPI_SANDBOX", "--task", "INVENTORY");
		assertEquals(0, again.exitCode(), again.out() + again.err());
		assertTrue(again.out().contains("0 new, 0 updated, 0 not found in last run, " + flows + " unchanged"), again.out());

		CliRun named = run("inventory", "run", "--workspace", ws.toString(), "--data-source", "CPI_EU_DEV");
		assertEquals(1, named.exitCode(), "a named source that was never harvested fails");
		assertTrue(named.out().contains("CPI_EU_DEV: FAILED. INVENTORY builds interfaces from what CONFIGURATION harvested"), named.out());

		CliRun notCpi = run("inventory", "run", "--workspace", ws.toString(), "--data-source", "PO_PRD");
		assertEquals(1, notCpi.exitCode());
		assertTrue(notCpi.err().contains("SAP Cloud Integration"), notCpi.err());
	}
}
