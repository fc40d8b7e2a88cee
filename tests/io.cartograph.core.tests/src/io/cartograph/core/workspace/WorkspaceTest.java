package io.cartograph.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.CartographVersion;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelCounts;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.store.LocalStore;

class WorkspaceTest {

	@TempDir
	Path folder;

	@Test
	void createLaysOutTheFolderAndReturnsTheWorkspaceOpen() throws IOException {
		Path root = folder.resolve("acme");
		Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

		try (Workspace workspace = Workspace.create(root, "ACME landscape")) {
			assertEquals(root, workspace.root());
			assertEquals("ACME landscape", workspace.name());
			assertEquals(1, workspace.formatVersion());
			assertEquals(CartographVersion.current(), workspace.createdBy());
			assertFalse(workspace.created().isBefore(before), workspace.created() + " is not before " + before);
			assertFalse(workspace.created().isAfter(Instant.now()), workspace.created() + " is not in the future");
			assertEquals(LocalStore.latestSchemaVersion(), workspace.store().schemaVersion());
			assertFalse(workspace.isClosed());
		}

		assertTrue(Files.isDirectory(root.resolve("landscape")));
		assertTrue(Files.readString(root.resolve("landscape/README.md")).contains("landscape model"));
		assertTrue(Files.isRegularFile(root.resolve("store/cartograph.mv.db")));
		List<String> descriptor = Files.readAllLines(root.resolve("cartograph-workspace.properties"));
		assertTrue(descriptor.contains("name=ACME landscape"), descriptor.toString());
		assertTrue(descriptor.contains("format.version=1"), descriptor.toString());
		assertTrue(descriptor.contains("created.by=" + CartographVersion.current()), descriptor.toString());
		assertTrue(descriptor.stream().anyMatch(line -> line.matches("created=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ")),
				descriptor.toString());
	}

	@Test
	void openReadsBackWhatCreateWrote() {
		String name = "  Müller & Söhne: ERP\\CRM = #1\t(test)  ";
		Path root = folder.resolve("müller");
		Instant created;
		try (Workspace workspace = Workspace.create(root, name)) {
			created = workspace.created();
		}
		try (Workspace workspace = Workspace.open(root)) {
			assertEquals(name.strip(), workspace.name());
			assertEquals(created, workspace.created());
			assertEquals(1, workspace.formatVersion());
			assertTrue(workspace.store().tableNames().containsAll(List.of("schema_version", "store_info", "task_run", "run_log")),
					workspace.store().tableNames().toString());
		}
	}

	@Test
	void createUsesAnExistingEmptyFolder() {
		try (Workspace workspace = Workspace.create(folder, "In place")) {
			assertEquals(folder, workspace.root());
		}
		assertTrue(Workspace.isWorkspace(folder));
	}

	@Test
	void createRefusesAFolderWithOtherThingsInIt() throws IOException {
		Path notes = Files.writeString(folder.resolve("notes.txt"), "mine");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.create(folder, "X"));
		assertEquals(folder + " is not empty and is not a Cartograph workspace. "
				+ "Choose a new or empty folder for the workspace.", refusal.getMessage());
		assertEquals("mine", Files.readString(notes));
		assertEquals(List.of(notes), Files.list(folder).toList());
	}

	@Test
	void createSaysSoWhenTheFolderIsAlreadyAWorkspace() {
		Workspace.create(folder, "First").close();
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.create(folder, "Second"));
		assertTrue(refusal.getMessage().contains("is already a Cartograph workspace"), refusal.getMessage());
		try (Workspace workspace = Workspace.open(folder)) {
			assertEquals("First", workspace.name());
		}
	}

	@Test
	void aCreationThatFailsHalfWayLeavesNothingBehind() throws IOException {
		// The database cannot live in a folder with ';' in its path, which only shows once
		// landscape/ has been created.
		Path missing = folder.resolve("acme;prod");
		WorkspaceException failure = assertThrows(WorkspaceException.class, () -> Workspace.create(missing, "ACME"));
		assertTrue(failure.getMessage().contains("contains ';'"), failure.getMessage());
		assertFalse(Files.exists(missing), "the folder it made is gone");

		Path empty = Files.createDirectories(folder.resolve("empty;folder"));
		assertThrows(WorkspaceException.class, () -> Workspace.create(empty, "ACME"));
		assertTrue(Files.isDirectory(empty), "the user's folder stays");
		assertEquals(List.of(), Files.list(empty).toList(), "and is empty again");
	}

	@Test
	void createNeedsAName() {
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.create(folder, "  "));
		assertEquals("A workspace needs a name.", refusal.getMessage());
		assertFalse(Workspace.isWorkspace(folder));
	}

	@Test
	void openRefusesAFolderThatIsNotAWorkspace() {
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertEquals(folder + " is not a Cartograph workspace (no cartograph-workspace.properties). "
				+ "Use File > New Workspace... or `cartograph cli workspace create`.", refusal.getMessage());
		assertFalse(Files.exists(folder.resolve("store")), "nothing created");
	}

	@Test
	void openRefusesAMissingFolderAndAFile() throws IOException {
		Path missing = folder.resolve("missing");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(missing));
		assertTrue(refusal.getMessage().startsWith(missing + " does not exist."), refusal.getMessage());

		Path file = Files.writeString(folder.resolve("file"), "x");
		refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(file));
		assertEquals(file + " is a file, not a workspace folder.", refusal.getMessage());
	}

	@Test
	void openRefusesAWorkspaceOfANewerFormat() throws IOException {
		Files.writeString(folder.resolve("cartograph-workspace.properties"),
				"name=Future\nformat.version=2\ncreated=2030-01-01T00:00:00Z\nsomething.new=yes\n");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertEquals(folder + " was written by a newer Cartograph (workspace format 2; this version reads "
				+ "format 1 and older). Open it with a newer Cartograph.", refusal.getMessage());
		assertFalse(Files.exists(folder.resolve("store")), "the store of a newer workspace is not touched");
	}

	@Test
	void openExplainsAHalfWrittenDescriptor() throws IOException {
		Path descriptor = folder.resolve("cartograph-workspace.properties");
		Files.writeString(descriptor, "# Cartograph workspace\nname=ACME\nformat.vers");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertEquals(descriptor + " is damaged or incomplete ('format.version' is missing). Restore it from a "
				+ "backup, or copy the workspace again if it was copied.", refusal.getMessage());

		Files.writeString(descriptor, "name=ACME\nformat.version=1\ncreated=2026-11-2");
		refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertTrue(refusal.getMessage().contains("'created' is not a date and time"), refusal.getMessage());

		Files.writeString(descriptor, "format.version=one\n");
		refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertTrue(refusal.getMessage().contains("'format.version' is not a number"), refusal.getMessage());
	}

	@Test
	void openExplainsADescriptorThatIsNotText() throws IOException {
		Path descriptor = folder.resolve("cartograph-workspace.properties");
		byte[] garbage = {(byte) 0xC3, (byte) 0x28, 0, (byte) 0xFF, (byte) 0xFE, 0x41};
		Files.write(descriptor, garbage);
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));
		assertTrue(refusal.getMessage().startsWith(descriptor + " is damaged or incomplete"), refusal.getMessage());
		assertArrayEquals(garbage, Files.readAllBytes(descriptor));
	}

	@Test
	void aDamagedStoreIsReportedAsAWorkspaceProblemAndKept() throws IOException {
		Workspace.create(folder, "ACME").close();
		Path storeFile = folder.resolve("store/cartograph.mv.db");
		byte[] garbage = "not a database\n".repeat(500).getBytes(StandardCharsets.UTF_8);
		Files.write(storeFile, garbage);

		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> Workspace.open(folder));

		assertTrue(refusal.getMessage().contains(storeFile.toString()), refusal.getMessage());
		assertTrue(refusal.getMessage().contains("damaged"), refusal.getMessage());
		assertArrayEquals(garbage, Files.readAllBytes(storeFile));
	}

	@Test
	void infoDescribesTheWorkspace() throws IOException {
		try (Workspace workspace = Workspace.create(folder.resolve("acme"), "ACME")) {
			Files.writeString(workspace.landscapeFolder().resolve("systems.txt"), "S4H\nBTP\n");
			WorkspaceInfo info = workspace.info();

			assertEquals("ACME", info.name());
			assertEquals(workspace.root(), info.root());
			assertEquals(1, info.formatVersion());
			assertEquals(workspace.created(), info.created());
			assertEquals(LocalStore.latestSchemaVersion(), info.storeSchemaVersion());
			assertEquals(workspace.store().databaseFile(), info.storeFile());
			assertEquals(Files.size(info.storeFile()), info.storeBytes());
			// descriptor, landscape/README.md, landscape/systems.txt, store/cartograph.mv.db at least
			assertTrue(info.fileCount() >= 4, "files: " + info.fileCount());
			long known = Files.size(workspace.root().resolve("cartograph-workspace.properties"))
					+ Files.size(workspace.landscapeFolder().resolve("README.md")) + 8 + info.storeBytes();
			assertTrue(info.totalBytes() >= known, info.totalBytes() + " >= " + known);

			String text = info.describe();
			assertTrue(text.contains("Workspace       ACME"), text);
			assertTrue(text.contains("Folder          " + workspace.root()), text);
			assertTrue(text.contains("Format version  1"), text);
			assertTrue(text.contains("Created         " + info.created() + " by Cartograph " + info.createdBy()), text);
			assertTrue(text.contains("Store           " + info.storeFile() + " (schema version " + LocalStore.latestSchemaVersion() + ", "), text);
			assertTrue(text.contains("Model           0 systems, 0 interfaces, 0 end-to-end integrations, "
					+ "0 data sources, 0 rules"), text);
			assertEquals(7, text.lines().count(), text);

			assertEquals(List.of("name", "root", "formatVersion", "created", "createdBy", "fileCount",
					"totalBytes", "storeSchemaVersion", "storeFile", "storeBytes", "systems", "interfaces",
					"endToEndIntegrations", "dataSources", "rules"), List.copyOf(info.asMap().keySet()));
			assertEquals(info.fileCount(), info.asMap().get("fileCount"));
		}
	}

	@Test
	void infoCountsWhatTheModelHolds() throws IOException {
		try (Workspace workspace = Workspace.create(folder.resolve("acme"), "ACME")) {
			LandscapeModel model = workspace.model();
			LandscapeFactory factory = LandscapeFactory.eINSTANCE;
			model.landscape().getSystems().addAll(List.of(factory.createLandscapeSystem(), factory.createLandscapeSystem()));
			model.interfaces().getInterfaces().add(factory.createInterface());
			model.dataSources().getDataSources().addAll(List.of(factory.createDataSource(), factory.createDataSource(),
					factory.createDataSource()));
			model.rules().getSystemMappingRules().add(factory.createSystemMappingRule());
			model.rules().getObjectRules().addAll(List.of(factory.createObjectRule(), factory.createObjectRule()));
			model.save();
		}
		try (Workspace workspace = Workspace.open(folder.resolve("acme"))) {
			WorkspaceInfo info = workspace.info();

			assertEquals(new ModelCounts(2, 1, 0, 3, 3), info.model());
			assertTrue(info.describe().contains("Model           2 systems, 1 interface, 0 end-to-end integrations, "
					+ "3 data sources, 3 rules\n"), info.describe());
			assertEquals(1, info.asMap().get("interfaces"));
			assertEquals(3, info.asMap().get("rules"));
		}
	}

	@Test
	void infoOnADamagedModelSaysWhyInsteadOfFailing() throws IOException {
		Path root = folder.resolve("acme");
		Workspace.create(root, "ACME").close();
		Files.writeString(root.resolve("landscape/interfaces.xmi"), "not xml");

		try (Workspace workspace = Workspace.open(root)) {
			WorkspaceInfo info = workspace.info();

			assertEquals(null, info.model());
			assertTrue(info.modelProblem().startsWith("The model file " + root.resolve("landscape/interfaces.xmi")
					+ " cannot be read: "), info.modelProblem());
			assertTrue(info.describe().contains("Model           cannot be read. The model file "), info.describe());
			assertEquals(info.modelProblem(), info.asMap().get("modelProblem"));
			assertFalse(info.asMap().containsKey("interfaces"));
		}
	}

	@Test
	void sizesAreWrittenForPeople() {
		assertEquals("0 bytes", WorkspaceInfo.size(0));
		assertEquals("1 byte", WorkspaceInfo.size(1));
		assertEquals("1023 bytes", WorkspaceInfo.size(1023));
		assertEquals("1.0 KiB", WorkspaceInfo.size(1024));
		assertEquals("1.5 MiB", WorkspaceInfo.size(1024 * 1024 * 3 / 2));
	}

	@Test
	void closeReleasesTheStore() {
		Workspace workspace = Workspace.create(folder, "ACME");
		workspace.close();
		assertTrue(workspace.isClosed());
		assertTrue(workspace.store().isClosed());
		workspace.close();
		try (Workspace again = Workspace.open(folder)) {
			assertFalse(again.isClosed());
		}
	}
}
