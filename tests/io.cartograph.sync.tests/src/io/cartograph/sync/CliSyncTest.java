package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.cli.CommandLine;
import io.cartograph.model.landscape.LandscapePackage;

/** {@code cartograph cli sync} through core's command line, as the launcher runs it. */
class CliSyncTest {

	@TempDir
	Path folder;

	private TeamFixture team;
	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void start() throws Exception {
		team = new TeamFixture(folder, 100);
	}

	@AfterEach
	void stop() {
		team.close();
	}

	private int cli(String... extra) {
		List<String> args = new ArrayList<>(List.of("sync", "--workspace", team.folderB.toString(), "--server",
				team.server.uri().toString()));
		args.addAll(List.of(extra));
		CommandLine commandLine = CommandLine
				.withContributions(List.of(new SyncCommand(Map.of("BEN_PW", "ben-pw", "BAD_PW", "nope")::get)));
		return commandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void syncPullsMergesAndPushes() throws Exception {
		Edits.rename(team.modelA(), Edits.system(team.modelA(), "ERP_PRD"), "ERP_P01");
		team.clientA.sync();
		Edits.addSystem(team.modelB(), "BW_PRD");
		team.modelB().save();
		team.closeB();

		int code = cli("--user", "ben", "--password-env", "BEN_PW");

		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		String said = out.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("at revision 2, pushed 1 change sets, 0 pending"), said);
		assertTrue(said.contains("workspace " + FakeTeamServer.WORKSPACE), "found by the workspace's name: " + said);
		assertFalse(said.contains("ben-pw"));
		team.openB();
		assertEquals(List.of("ERP_P01", "CRM_PRD", "HR_PRD", "BW_PRD"), Edits.names(team.modelB()));
		team.clientA.pull();
		assertEquals(Edits.names(team.modelB()), Edits.names(team.modelA()));
	}

	@Test
	void conflictsStopTheSyncUnlessResolvedInBulk() throws Exception {
		Edits.set(team.modelA(), Edits.system(team.modelA(), "ERP_PRD"),
				LandscapePackage.Literals.LANDSCAPE_SYSTEM__DESCRIPTION, "Core ERP");
		team.clientA.sync();
		Edits.set(team.modelB(), Edits.system(team.modelB(), "ERP_PRD"),
				LandscapePackage.Literals.LANDSCAPE_SYSTEM__DESCRIPTION, "S/4HANA");
		team.modelB().save();
		team.closeB();

		assertEquals(1, cli("--user", "ben", "--password-env", "BEN_PW"));
		String said = err.toString(StandardCharsets.UTF_8);
		assertTrue(said.contains("1 conflicts; nothing was applied"), said);
		assertTrue(said.contains("System 'ERP_PRD', Description: was (empty), mine S/4HANA, theirs Core ERP"), said);

		assertEquals(0, cli("--user", "ben", "--password-env", "BEN_PW", "--resolve", "theirs"),
				err.toString(StandardCharsets.UTF_8));
		team.openB();
		assertEquals("Core ERP", Edits.system(team.modelB(), "ERP_PRD").getDescription());
		assertEquals(0, team.clientB.status().get().pending());
	}

	@Test
	void aPasswordMustComeFromTheEnvironment() {
		team.closeB();

		assertEquals(2, cli("--user", "ben"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("--user needs --password-env VAR"));
		assertEquals(1, cli("--user", "ben", "--password-env", "BAD_PW"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("refused the sign-in of ben"));
		assertFalse(err.toString(StandardCharsets.UTF_8).contains("nope"));
		team.openB();
	}
}
