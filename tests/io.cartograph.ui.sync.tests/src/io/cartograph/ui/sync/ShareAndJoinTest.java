package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.sync.TeamServer;

/**
 * What the Team menu's Share and Join do, through the workbench's team sync: a workspace of one's
 * own goes onto the server and syncs from then on; another folder joins it and gets what was
 * pushed since; a wrong password is refused with nothing shared.
 */
class ShareAndJoinTest {

	@TempDir
	Path temp;
	private TeamHarness h;
	private Label status;

	@BeforeEach
	void open() throws Exception {
		h = new TeamHarness(temp);
		h.make(TeamStatusControl.class, h.statusArea);
		status = h.driver.find(h.shell, TeamStatusControl.ID, Label.class);
		Workspace solo = Workspace.create(temp.resolve("solo"), "Solo landscape");
		TeamHarness.addSystem(solo.model(), "BW_PRD");
		h.session.switchTo(solo);
		h.driver.waitUntil("not shared", () -> "Team: not shared".equals(status.getText()));
	}

	@AfterEach
	void close() {
		h.close();
	}

	@Test
	void aSharedWorkspaceSyncsAndAnotherFolderJoinsIt() throws Exception {
		Job share = h.team.share(h.uri(), "admin", TeamHarness.PASSWORD.toCharArray(), "solo");
		h.await(share);
		assertTrue(share.getResult().isOK(), share.getResult().getMessage());
		assertTrue(h.team.isShared());
		assertEquals(new TeamLink(withSlash(h.uri()), "solo"), TeamLink.of(h.session.current().orElseThrow()).orElseThrow());
		assertFalse(Files.readString(temp.resolve("solo").resolve(TeamLink.FILE_NAME)).contains(TeamHarness.PASSWORD));

		TeamHarness.setDescription(h.benModel(), "BW_PRD", "Reporting");
		h.driver.waitUntil("one pending", () -> h.team.status().orElseThrow().pending() == 1);
		h.await(h.team.syncNow());
		h.driver.waitUntil("pushed", () -> "Team: online \u00b7 0 pending".equals(status.getText()));
		assertEquals(1, head("solo"));

		Job join = h.team.join(h.uri(), "admin", TeamHarness.PASSWORD.toCharArray(), "solo", temp.resolve("joined"));
		h.await(join);
		assertTrue(join.getResult().isOK(), join.getResult().getMessage());
		assertEquals(temp.resolve("joined"), h.session.current().orElseThrow().root());
		assertTrue(h.team.isSignedIn(), "the join's sign-in goes on for the joined workspace");
		h.await(h.team.syncNow());
		assertEquals("Reporting", TeamHarness.system(h.benModel(), "BW_PRD").getDescription());
		assertEquals(1, h.team.status().orElseThrow().pulledRevision());
	}

	@Test
	void aWrongPasswordSharesNothing() {
		Job share = h.team.share(h.uri(), "admin", "wrong".toCharArray(), "solo");
		h.await(share);
		assertEquals(IStatus.ERROR, share.getResult().getSeverity());
		assertTrue(share.getResult().getMessage().contains("refused the sign-in"), share.getResult().getMessage());
		assertFalse(h.team.isShared());
		assertFalse(Files.exists(temp.resolve("solo").resolve(TeamLink.FILE_NAME)));
		assertEquals("Team: not shared", status.getText());
	}

	private static java.net.URI withSlash(java.net.URI uri) {
		return uri.toString().endsWith("/") ? uri : java.net.URI.create(uri + "/");
	}

	private long head(String id) {
		try (TeamServer look = TeamServer.at(h.uri())) {
			look.login("admin", TeamHarness.PASSWORD.toCharArray());
			return look.workspaces().stream().filter(w -> w.id().equals(id)).findFirst().orElseThrow().head();
		}
	}
}
