package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.CartographVersion;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.store.LocalStore;

class CommandLineTest {

	@TempDir
	Path folder;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void versionPrintsTheProductVersion() {
		CliRun result = run("version");
		assertEquals(0, result.exitCode());
		assertEquals("Cartograph " + CartographVersion.current() + "\n", result.out());
		assertTrue(result.out().matches("Cartograph \\d+\\.\\d+\\.\\d+\\S*\n"), result.out());
		assertEquals("", result.err());
	}

	@Test
	void helpListsEveryCommand() {
		CliRun result = run("help");
		assertEquals(0, result.exitCode());
		assertTrue(result.out().startsWith("Usage: cartograph cli <command> [options]\n"), result.out());
		for (String usage : List.of("version", "workspace info --workspace DIR [--json]",
				"workspace create --workspace DIR [--name NAME]", "help")) {
			assertTrue(result.out().contains("\n  " + usage + " "), "lists " + usage + ":\n" + result.out());
		}
		assertTrue(result.out().contains("cartograph cli server-users add|list|role"), "points to the team server's command");
		assertEquals("", result.err());
		assertEquals(result.out(), run("--help").out());
	}

	@Test
	void commandHelpListsItsOptions() {
		CliRun result = run("workspace", "info", "--help");
		assertEquals(0, result.exitCode());
		assertTrue(result.out().startsWith("Usage: cartograph cli workspace info --workspace DIR [--json]\n"), result.out());
		assertTrue(result.out().contains("--workspace DIR   the workspace folder (required)"), result.out());
		assertTrue(result.out().contains("--json            print JSON instead of text\n"), result.out());
	}

	@Test
	void createThenInfoAsText() {
		Path root = folder.resolve("acme");
		CliRun created = run("workspace", "create", "--workspace", root.toString(), "--name", "ACME landscape");
		assertEquals(0, created.exitCode(), created.err());
		assertEquals("Created workspace 'ACME landscape' in " + root + "\n", created.out());

		CliRun info = run("workspace", "info", "--workspace", root.toString());
		assertEquals(0, info.exitCode(), info.err());
		assertEquals("", info.err());
		String[] lines = info.out().split("\n");
		assertEquals(7, lines.length, info.out());
		assertEquals("Workspace       ACME landscape", lines[0]);
		assertEquals("Folder          " + root, lines[1]);
		assertEquals("Format version  1", lines[2]);
		assertTrue(lines[3].matches("Created         \\S+Z by Cartograph \\S+"), lines[3]);
		assertTrue(lines[4].matches("Contents        \\d+ files, [\\d.]+ KiB \\(store included\\)"), lines[4]);
		assertTrue(lines[5].matches("Store           " + java.util.regex.Pattern.quote(
				root.resolve("store/cartograph.mv.db").toString()) + " \\(schema version " + LocalStore.latestSchemaVersion() + ", [\\d.]+ KiB\\)"), lines[5]);
		assertEquals("Model           0 systems, 0 interfaces, 0 end-to-end integrations, 0 data sources, 0 rules",
				lines[6]);
	}

	@Test
	void infoAsJsonEscapesTheName() {
		Path root = folder.resolve("json");
		String name = "ACME \"North\" \\ Süd";
		try (Workspace workspace = Workspace.create(root, name)) {
			assertEquals(name, workspace.name());
		}

		CliRun info = run("workspace", "info", "--workspace=" + root, "--json");

		assertEquals(0, info.exitCode(), info.err());
		String json = info.out();
		assertTrue(json.startsWith("{\n  \"name\": \"ACME \\\"North\\\" \\\\ Süd\",\n"), json);
		assertTrue(json.contains("\n  \"root\": \"" + root.toString().replace("\\", "\\\\") + "\",\n"), json);
		assertTrue(json.contains("\n  \"formatVersion\": 1,\n"), json);
		assertTrue(json.contains("\n  \"storeSchemaVersion\": " + LocalStore.latestSchemaVersion() + ",\n"), json);
		assertTrue(json.matches("(?s).*\n  \"fileCount\": \\d+,\n.*"), json);
		assertTrue(json.matches("(?s).*\n  \"storeBytes\": \\d+,\n.*"), json);
		assertTrue(json.endsWith("\n  \"systems\": 0,\n  \"interfaces\": 0,\n  \"endToEndIntegrations\": 0,\n"
				+ "  \"dataSources\": 0,\n  \"rules\": 0\n}\n"), json);
		assertEquals(17, json.lines().count(), json);
	}

	@Test
	void createWithoutANameUsesTheFolderName() {
		Path root = folder.resolve("globex-prod");
		CliRun created = run("workspace", "create", "--workspace", root.toString());
		assertEquals(0, created.exitCode(), created.err());
		try (Workspace workspace = Workspace.open(root)) {
			assertEquals("globex-prod", workspace.name());
		}
	}

	@Test
	void anUnknownCommandGivesTheUsageAndExitCode2() {
		CliRun result = run("frobnicate");
		assertEquals(2, result.exitCode());
		assertEquals("", result.out());
		assertTrue(result.err().startsWith("cartograph: unknown command 'frobnicate'\n\nUsage: cartograph cli"), result.err());

		result = run("workspace", "delete");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("cartograph: unknown command 'workspace delete'; try one of: info, create\n"),
				result.err());

		result = run("workspace");
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("cartograph: 'workspace' needs a command; try one of: info, create\n"),
				result.err());

		result = run();
		assertEquals(2, result.exitCode());
		assertTrue(result.err().startsWith("cartograph: no command given\n"), result.err());
	}

	@Test
	void badOptionsGiveTheUsageAndExitCode2() {
		String dir = folder.toString();
		assertUsageError("cartograph: missing option --workspace DIR", "workspace", "info");
		assertUsageError("cartograph: option --workspace needs a value (DIR)", "workspace", "info", "--workspace");
		assertUsageError("cartograph: option --workspace needs a value (DIR)", "workspace", "info", "--workspace", "--json");
		assertUsageError("cartograph: unknown option '--colour'", "workspace", "info", "--workspace", dir, "--colour", "red");
		assertUsageError("cartograph: option --json takes no value", "workspace", "info", "--workspace", dir, "--json=yes");
		assertUsageError("cartograph: option --workspace is given twice", "workspace", "info", "--workspace", dir,
				"--workspace", dir);
		assertUsageError("cartograph: unexpected argument 'now'", "version", "now");
	}

	private static void assertUsageError(String firstLine, String... args) {
		CliRun result = run(args);
		assertEquals(2, result.exitCode(), String.join(" ", args));
		assertEquals("", result.out());
		assertTrue(result.err().startsWith(firstLine + "\n\nUsage: cartograph cli <command> [options]\n"), result.err());
	}

	@Test
	void aFolderThatIsNotAWorkspaceGivesOneClearLineAndExitCode1() {
		CliRun result = run("workspace", "info", "--workspace", folder.toString());
		assertEquals(1, result.exitCode());
		assertEquals("", result.out());
		assertEquals("cartograph: " + folder + " is not a Cartograph workspace (no cartograph-workspace.properties). "
				+ "Use File > New Workspace... or `cartograph cli workspace create`.\n", result.err());
	}

	@Test
	void infoStillDescribesAWorkspaceWhoseModelFileIsDamaged() throws IOException {
		Path root = folder.resolve("acme");
		Workspace.create(root, "ACME").close();
		Path interfaces = root.resolve("landscape/interfaces.xmi");
		Files.writeString(interfaces, "<?xml version=\"1.0\"?><half");

		CliRun info = run("workspace", "info", "--workspace", root.toString());

		assertEquals(0, info.exitCode(), info.err());
		assertTrue(info.out().contains("\nModel           cannot be read. The model file " + interfaces
				+ " cannot be read: "), info.out());
		assertTrue(info.out().endsWith("No backup of it exists.\n"), info.out());
	}

	@Test
	void creatingInABusyFolderGivesExitCode1() throws IOException {
		Files.writeString(folder.resolve("notes.txt"), "mine");
		CliRun result = run("workspace", "create", "--workspace", folder.toString(), "--name", "X");
		assertEquals(1, result.exitCode());
		assertEquals("cartograph: " + folder + " is not empty and is not a Cartograph workspace. "
				+ "Choose a new or empty folder for the workspace.\n", result.err());
	}

	@Test
	void relativeFoldersAreTakenFromTheCurrentFolder() {
		Path relative = Path.of("target", "cli-test-" + System.nanoTime());
		Path absolute = relative.toAbsolutePath().normalize();
		CliRun result = run("workspace", "info", "--workspace", relative.toString());
		assertEquals(1, result.exitCode());
		assertTrue(result.err().startsWith("cartograph: " + absolute + " does not exist."), result.err());
	}

	@Test
	void launcherFlagsBeforeTheCommandAreIgnored() {
		assertEquals(List.of("version"), CliApplication.withoutLauncherFlags(List.of("-nosplash", "version")));
		assertEquals(List.of("workspace", "info"), CliApplication.withoutLauncherFlags(List.of("workspace", "info")));
		assertEquals(List.of(), CliApplication.withoutLauncherFlags(List.of("-nosplash")));
	}
}
