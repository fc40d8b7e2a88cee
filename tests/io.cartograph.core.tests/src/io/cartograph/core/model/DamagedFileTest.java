package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.LandscapePackage;

/** A model file that cannot be read: a clear error naming it, the backup offered, nothing else lost. */
class DamagedFileTest {

	private static final String MARKER = "never-read-7f3c2a";

	@TempDir
	Path folder;

	private Path root;
	private Path landscapeFiles;

	@BeforeEach
	void workspaceSavedTwice() throws IOException {
		root = folder.resolve("acme");
		Workspace.create(root, "ACME").close();
		try (Workspace workspace = Workspace.open(root)) {
			LandscapeModel model = workspace.model();
			model.commandStack().execute(SetCommand.create(model.editingDomain(), model.landscape(),
					LandscapePackage.Literals.NAMED__NAME, "ACME after the first edit"));
			model.commandStack().execute(SetCommand.create(model.editingDomain(), model.rules().getStrategy(),
					LandscapePackage.Literals.IDENTIFIED__UUID, "strategy-uuid-after-edit"));
			model.save();
		}
		landscapeFiles = root.resolve("landscape");
		assertTrue(Files.exists(landscapeFiles.resolve("landscape.xmi.bak")));
		assertTrue(Files.exists(landscapeFiles.resolve("rules.xmi.bak")));
		assertFalse(Files.exists(landscapeFiles.resolve("interfaces.xmi.bak")));
	}

	static Stream<Arguments> damages() throws IOException {
		Path secret = Files.createTempFile("cartograph-xxe", ".txt");
		Files.writeString(secret, MARKER);
		secret.toFile().deleteOnExit();
		return Stream.of(
				Arguments.of("garbage", bytes("\u0000\u00ff\u0013PK garbage that is no XML at all"),
						"Invalid byte 1 of 1-byte UTF-8 sequence"),
				Arguments.of("empty", new byte[0], "Premature end of file"),
				Arguments.of("truncated", null,
						"XML document structures must start and end within the same entity"),
				Arguments.of("wrong root", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<landscape:Onboarding xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
						+ "xmlns:landscape=\"http://cartograph.io/landscape/1.0\" uuid=\"x\"/>\n"), "it does not hold a Landscape"),
				Arguments.of("not a landscape", bytes("<?xml version=\"1.0\"?><project><name>pom</name></project>"),
						"it is not a Cartograph model file"),
				Arguments.of("unknown element", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<landscape:Landscape xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
						+ "xmlns:landscape=\"http://cartograph.io/landscape/1.0\" uuid=\"x\" name=\"n\">\n"
						+ "  <spaceships uuid=\"y\"/>\n</landscape:Landscape>\n"),
						"Feature 'spaceships' not found (line 3, column 25)"),
				Arguments.of("external entity", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
						+ "<!DOCTYPE landscape:Landscape [ <!ENTITY leak SYSTEM \"" + secret.toUri() + "\"> ]>\n"
						+ "<landscape:Landscape xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
						+ "xmlns:landscape=\"http://cartograph.io/landscape/1.0\" uuid=\"x\" name=\"&leak;\"/>\n"),
						"it has a DOCTYPE declaration"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("damages")
	void aDamagedFileIsNamedWithItsBackupAndCanBeRestored(String damage, byte[] content, String reason)
			throws IOException {
		Path file = landscapeFiles.resolve("landscape.xmi");
		byte[] good = Files.readAllBytes(file);
		byte[] damaged = content != null ? content : Arrays.copyOf(good, good.length / 2);
		Files.write(file, damaged);
		Map<ModelFile, byte[]> others = otherFiles();

		ModelFileException refusal;
		try (Workspace workspace = Workspace.open(root)) {
			refusal = assertThrows(ModelFileException.class, workspace::model);
			assertFalse(workspace.isModelLoaded());
		}

		assertEquals(file, refusal.file());
		assertEquals(Optional.of(landscapeFiles.resolve("landscape.xmi.bak")), refusal.backup());
		assertTrue(refusal.getMessage().startsWith("The model file " + file + " cannot be read: "), refusal.getMessage());
		assertTrue(refusal.getMessage().endsWith("A backup from the last good save exists: landscape.xmi.bak."),
				refusal.getMessage());
		assertTrue(refusal.getMessage().contains(": " + reason), refusal.getMessage());
		assertFalse(refusal.getMessage().contains(MARKER), "nothing from outside the file is read");
		assertArrayEquals(damaged, Files.readAllBytes(file), "opening changes nothing");

		Optional<Path> kept = LandscapeModel.restoreBackup(file);

		assertEquals(Optional.of(landscapeFiles.resolve("landscape.xmi.damaged")), kept);
		assertArrayEquals(damaged, Files.readAllBytes(kept.orElseThrow()));
		try (Workspace workspace = Workspace.open(root)) {
			assertEquals("ACME", workspace.model().landscape().getName(), "the version before the last save");
			assertEquals("strategy-uuid-after-edit", workspace.model().rules().getStrategy().getUuid(),
					"other files as they were");
		}
		Map<ModelFile, byte[]> afterwards = otherFiles();
		others.forEach((other, bytes) -> assertArrayEquals(bytes, afterwards.get(other), other + " untouched"));
	}

	@Test
	void aDamagedFileWithoutBackupSaysSo() throws IOException {
		Path file = landscapeFiles.resolve("interfaces.xmi");
		Files.writeString(file, "<?xml version=\"1.0\"?><trunc");

		ModelFileException refusal = assertThrows(ModelFileException.class, () -> LandscapeModel.open(landscapeFiles, "x"));

		assertEquals(Optional.empty(), refusal.backup());
		assertTrue(refusal.getMessage().endsWith("No backup of it exists."), refusal.getMessage());
		IOException noBackup = assertThrows(IOException.class, () -> LandscapeModel.restoreBackup(file));
		assertTrue(noBackup.getMessage().contains("There is no backup of " + file), noBackup.getMessage());
	}

	@Test
	void aMissingFileWhoseBackupExistsIsNotSilentlyStartedEmpty() throws IOException {
		Path file = landscapeFiles.resolve("rules.xmi");
		Files.delete(file);

		ModelFileException refusal = assertThrows(ModelFileException.class, () -> LandscapeModel.open(landscapeFiles, "x"));
		assertEquals("The model file " + file + " cannot be read: it is missing. A backup from the last good save "
				+ "exists: rules.xmi.bak.", refusal.getMessage());

		assertEquals(Optional.empty(), LandscapeModel.restoreBackup(file));
		try (LandscapeModel model = LandscapeModel.open(landscapeFiles, "x")) {
			assertTrue(model.rules().getStrategy().getAdapterFits().size() > 0);
		}
	}

	@Test
	void restoringTwiceKeepsBothDamagedCopies() throws IOException {
		Path file = landscapeFiles.resolve("landscape.xmi");
		Files.writeString(file, "first damage");
		LandscapeModel.restoreBackup(file);
		Files.writeString(file, "second damage");

		assertEquals(Optional.of(landscapeFiles.resolve("landscape.xmi.damaged-2")), LandscapeModel.restoreBackup(file));
		assertEquals("first damage", Files.readString(landscapeFiles.resolve("landscape.xmi.damaged")));
		assertEquals("second damage", Files.readString(landscapeFiles.resolve("landscape.xmi.damaged-2")));
	}

	private Map<ModelFile, byte[]> otherFiles() throws IOException {
		Map<ModelFile, byte[]> contents = new EnumMap<>(ModelFile.class);
		for (ModelFile file : ModelFile.values()) {
			if (file != ModelFile.LANDSCAPE) {
				contents.put(file, Files.readAllBytes(landscapeFiles.resolve(file.fileName())));
			}
		}
		return contents;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}
}
