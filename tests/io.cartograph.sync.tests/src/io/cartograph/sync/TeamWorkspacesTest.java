package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.sync.SyncClient.PullResult;
import io.cartograph.sync.SyncClient.PushResult;

class TeamWorkspacesTest {

	@TempDir
	Path folder;

	@Test
	void aSharedWorkspaceIsJoinedFromItsSnapshotAndThenSynced() throws Exception {
		try (FakeTeamServer server = new FakeTeamServer(100)) {
			server.addUser("anna", "anna-pw");
			server.addUser("ben", "ben-pw");
			try (Workspace mine = Workspace.create(folder.resolve("anna"), "Finance landscape");
					TeamServer annasServer = TeamServer.at(server.uri());
					TeamServer bensServer = TeamServer.at(server.uri())) {
				Edits.addSystem(mine.model(), "ERP_PRD");
				Edits.addSystem(mine.model(), "BW_PRD");
				annasServer.login("anna", "anna-pw".toCharArray());
				bensServer.login("ben", "ben-pw".toCharArray());

				TeamWorkspaces.share(annasServer, FakeTeamServer.WORKSPACE, mine);
				try (Workspace joined = TeamWorkspaces.join(bensServer, FakeTeamServer.WORKSPACE, folder.resolve("ben"))) {
					assertEquals("Finance landscape", joined.name());
					assertEquals(List.of("ERP_PRD", "BW_PRD"), Edits.names(joined.model()));
					assertEquals(Edits.system(mine.model(), "BW_PRD").getUuid(),
							Edits.system(joined.model(), "BW_PRD").getUuid());

					try (SyncClient anna = SyncClient.start(annasServer, FakeTeamServer.WORKSPACE, mine.model(),
							mine.store(), SyncedFeatures.standard());
							SyncClient ben = SyncClient.start(bensServer, FakeTeamServer.WORKSPACE, joined.model(),
									joined.store(), SyncedFeatures.standard())) {
						assertEquals(0, anna.status().get().pending(), "what was made before sharing is in the snapshot");
						Edits.rename(mine.model(), Edits.system(mine.model(), "BW_PRD"), "BW_P01");
						assertEquals(PushResult.DONE, anna.sync());
						assertEquals(PullResult.APPLIED, ben.pull());
						assertEquals(List.of("ERP_PRD", "BW_P01"), Edits.names(joined.model()));
					}
				}
			}
		}
	}

	@Test
	void aSnapshotCannotWriteOutsideTheModelFiles() throws Exception {
		try (FakeTeamServer server = new FakeTeamServer(100); TeamServer team = TeamServer.at(server.uri())) {
			server.addUser("anna", "anna-pw");
			team.login("anna", "anna-pw".toCharArray());
			Map<String, String> files = new HashMap<>();
			files.put("../escaped.txt", "should not be written");
			files.put("store/cartograph.mv.db", "not a database");
			team.createWorkspace(FakeTeamServer.WORKSPACE, "Odd", new Snapshot(0, files));

			try (Workspace joined = TeamWorkspaces.join(team, FakeTeamServer.WORKSPACE, folder.resolve("w"))) {
				assertFalse(Files.exists(folder.resolve("escaped.txt")));
				assertTrue(joined.model().landscape().getSystems().isEmpty());
				assertEquals(Workspace.FORMAT_VERSION, joined.formatVersion(), "a workspace of this build, whatever the snapshot held");
			}
		}
	}
}
