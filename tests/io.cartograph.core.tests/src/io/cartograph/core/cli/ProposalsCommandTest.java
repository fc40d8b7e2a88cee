package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.core.inventory.SandboxHarvest;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.EndToEndIntegration;

/** A sandbox harvest's proposals reviewed headless: list, reject (remembered), accept. */
class ProposalsCommandTest {

	@TempDir
	Path folder;

	@Test
	void proposalsFromASandboxHarvestAreListedRejectedForGoodAndAccepted() throws Exception {
		Path ws = folder.resolve("ws");
		assertEquals(0, CliRun.of("sample", "--workspace", ws.toString(), "--interfaces", "5").exitCode());
		SandboxHarvest.configurationAndRuntime(ws, SandboxOptions.defaults().withMessages(2_000).withPackages(3));
		List<String> before = proposalNames(ws);
		CliRun inventory = CliRun.of("inventory", "run", "--workspace", ws.toString(), "--data-source", "CPI_SANDBOX");
		assertEquals(0, inventory.exitCode(), inventory.out() + inventory.err());
		List<String> proposed = proposalNames(ws);
		int added = proposed.size() - before.size();
		assertTrue(added > 0, "the sandbox's chained messages are proposed: " + inventory.out());
		assertTrue(inventory.out().contains("; " + added + " end-to-end proposal"), inventory.out());

		CliRun list = CliRun.of("proposals", "list", "--workspace", ws.toString());
		assertEquals(0, list.exitCode());
		assertTrue(list.out().startsWith(proposed.size() + " proposal"), list.out());
		String rejectedName = proposed.get(proposed.size() - 1);
		assertTrue(list.out().contains(rejectedName), list.out());
		assertTrue(list.out().contains("Seen "), list.out());
		CliRun json = CliRun.of("proposals", "list", "--workspace", ws.toString(), "--json");
		assertTrue(json.out().trim().startsWith("[") && json.out().contains("\"evidence\""), json.out());

		CliRun unnamed = CliRun.of("proposals", "accept", "--workspace", ws.toString());
		assertEquals(2, unnamed.exitCode(), "which proposals must be said");
		CliRun unknown = CliRun.of("proposals", "reject", "--workspace", ws.toString(), "--name", "No such flow");
		assertEquals(1, unknown.exitCode());

		String uuid;
		try (Workspace workspace = Workspace.open(ws)) {
			uuid = workspace.model().integrations().getIntegrations().stream().filter(EndToEndIntegration::isProposal)
					.filter(proposal -> proposal.getName().equals(rejectedName)).findFirst().orElseThrow().getUuid();
		}
		CliRun reject = CliRun.of("proposals", "reject", "--workspace", ws.toString(), "--uuid", uuid);
		assertEquals(0, reject.exitCode(), reject.err());
		assertEquals("Rejected: " + rejectedName + ". Saved.", reject.out().trim());
		CliRun again = CliRun.of("inventory", "run", "--workspace", ws.toString(), "--data-source", "CPI_SANDBOX");
		assertTrue(again.out().contains("; 0 end-to-end proposals"), "the rejection is remembered: " + again.out());
		assertFalse(proposalNames(ws).contains(rejectedName));

		CliRun accept = CliRun.of("proposals", "accept", "--workspace", ws.toString(), "--all");
		assertEquals(0, accept.exitCode(), accept.err());
		assertEquals(List.of(), proposalNames(ws));
		try (Workspace workspace = Workspace.open(ws)) {
			assertEquals(1, workspace.model().integrations().getRejectedProposals().size());
			assertTrue(workspace.model().integrations().getIntegrations().size() >= proposed.size() - 1);
		}
		assertTrue(CliRun.of("proposals", "list", "--workspace", ws.toString()).out().startsWith("0 proposals"));
	}

	private static List<String> proposalNames(Path ws) {
		try (Workspace workspace = Workspace.open(ws)) {
			return workspace.model().integrations().getIntegrations().stream().filter(EndToEndIntegration::isProposal)
					.map(EndToEndIntegration::getName).toList();
		}
	}
}
