package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;

/** The status field follows the sync client: sign-in, an edit waiting, the server gone, no team at all. */
class TeamStatusTest {

	@TempDir
	Path temp;
	private TeamHarness h;
	private Label status;

	@BeforeEach
	void open() throws Exception {
		h = new TeamHarness(temp);
		h.make(TeamStatusControl.class, h.statusArea);
		status = h.driver.find(h.shell, TeamStatusControl.ID, Label.class);
	}

	@AfterEach
	void close() {
		h.close();
	}

	@Test
	void countsPendingEditsAndSaysOfflineWhenTheServerIsGone() {
		assertEquals("Team: not signed in \u00b7 0 pending", status.getText());
		h.benSignsIn();
		waitFor("Team: online \u00b7 0 pending");

		TeamHarness.setDescription(h.benModel(), "ERP_PRD", "Run by the sales team");
		waitFor("Team: online \u00b7 1 pending");
		TeamHarness.addSystem(h.benModel(), "CRM_PRD");
		waitFor("Team: online \u00b7 2 pending");

		h.server.stop();
		h.await(h.team.syncNow());
		waitFor("Team: offline \u00b7 2 pending");
		assertEquals(2, h.team.status().orElseThrow().pending(), "nothing is lost while offline");
	}

	@Test
	void saysNotSignedInWhenTheServerNoLongerTakesTheToken() throws Exception {
		h.benSignsIn();
		waitFor("Team: online \u00b7 0 pending");
		TeamHarness.addSystem(h.benModel(), "CRM_PRD");
		int port = h.server.port();
		h.server.stop();
		// The same server, now issuing under another name: ben's token is no longer good.
		try (io.cartograph.server.SyncServer renamed = io.cartograph.server.SyncServer.start(
				io.cartograph.server.ServerConfig.defaults().withPort(port).withIssuer("https://team.example/renamed"), h.storage)) {
			h.await(h.team.syncNow());
			waitFor("Team: not signed in \u00b7 1 pending");
			assertEquals(1, h.team.status().orElseThrow().pending(), "the edit waits for the next sign-in");
		}
	}

	@Test
	void saysNotSharedForAWorkspaceOnItsOwn() {
		h.session.switchTo(Workspace.create(temp.resolve("alone"), "Alone"));
		waitFor("Team: not shared");
		h.session.switchTo(Workspace.open(temp.resolve("ben")));
		waitFor("Team: not signed in \u00b7 0 pending");
	}

	@Test
	void syncsOnItsOwnOnTheIntervalOnceSignedIn() {
		h.benSignsIn();
		TeamHarness.setDescription(h.anna.model(), "ERP_PRD", "Run by finance IT");
		h.annaClient.sync();
		TeamHarness.setOwner(h.benModel(), "ERP_PRD", "S. Brandt");
		TeamHarness.addSystem(h.benModel(), "CRM_PRD");
		waitFor("Team: online \u00b7 2 pending");
		h.team.syncEvery(java.time.Duration.ofMillis(200));
		// No Sync Now: the interval pulls anna's change and pushes ben's two.
		waitFor("Team: online \u00b7 0 pending");
		assertEquals(3, h.serverHead());
		assertEquals("Run by finance IT", TeamHarness.system(h.benModel(), "ERP_PRD").getDescription());
		h.team.syncEvery(java.time.Duration.ZERO);
	}

	private void waitFor(String text) {
		h.driver.waitUntil("status '" + text + "' (is '" + status.getText() + "')", () -> text.equals(status.getText()));
	}
}
