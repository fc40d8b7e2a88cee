package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.InterruptedSaves;
import io.cartograph.core.workspace.PreparedFile;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.SystemMappingRule;

class SaveTest {

	@TempDir
	Path folder;

	private Path files;
	private LandscapeModel model;
	private final List<String> written = new ArrayList<>();

	@BeforeEach
	void openANewModel() throws IOException {
		files = folder.resolve("landscape");
		LandscapeModel.create(files, "Save").close();
		model = LandscapeModel.open(files, "Save");
		model.useDisk(file -> {
			written.add(file.target().getFileName().toString());
			file.commit();
		});
	}

	@AfterEach
	void close() {
		model.close();
	}

	@Test
	void onlyTheChangedFileIsRewrittenAndItsPreviousVersionKeptAsBackup() throws IOException {
		Map<ModelFile, byte[]> before = onDisk();
		rename("Renamed");
		assertEquals(Set.of(ModelFile.LANDSCAPE), model.dirtyFiles());

		model.save();

		assertEquals(List.of("landscape.xmi.bak", "landscape.xmi"), written);
		assertArrayEquals(before.get(ModelFile.LANDSCAPE), Files.readAllBytes(files.resolve("landscape.xmi.bak")));
		assertTrue(Files.readString(files.resolve("landscape.xmi")).contains("name=\"Renamed\""));
		Map<ModelFile, byte[]> after = onDisk();
		for (ModelFile file : ModelFile.values()) {
			if (file != ModelFile.LANDSCAPE) {
				assertArrayEquals(before.get(file), after.get(file), file + " untouched");
				assertFalse(Files.exists(files.resolve(file.fileName() + ".bak")), file + " has no backup");
			}
		}
		assertFalse(model.isDirty());
		assertEquals(Set.of(), model.dirtyFiles());
	}

	@Test
	void savingWithoutChangesWritesNothing() throws IOException {
		model.save();
		model.saveAll();
		assertEquals(List.of(), written);
	}

	@Test
	void aSaveInterruptedBeforeTheRenameLeavesTheOldFileWholeAndTheChangesUnsaved() throws IOException {
		rename("Second");
		model.save();
		byte[] second = Files.readAllBytes(files.resolve("landscape.xmi"));
		rename("Third");
		model.useDisk(file -> {
			if (file.target().getFileName().toString().equals("landscape.xmi")) {
				InterruptedSaves.failBeforeRename(file);
			} else {
				file.commit();
			}
		});

		IOException failure = assertThrows(IOException.class, model::save);

		assertEquals("Cannot save " + files.resolve("landscape.xmi") + ": No space left on device. The file keeps "
				+ "its previous content; the changes are still open in Cartograph.", failure.getMessage());
		assertArrayEquals(second, Files.readAllBytes(files.resolve("landscape.xmi")));
		assertArrayEquals(second, Files.readAllBytes(files.resolve("landscape.xmi.bak")),
				"the backup is the version before this save");
		assertEquals(List.of(), strayFiles(), "no temporary file left behind");
		assertEquals(Set.of(ModelFile.LANDSCAPE), model.dirtyFiles());
		assertTrue(model.isDirty());
		try (LandscapeModel reader = LandscapeModel.open(files, "x")) {
			assertEquals("Second", reader.landscape().getName(), "another reader sees the old file, whole");
		}

		model.useDisk(PreparedFile::commit);
		model.save();
		assertFalse(model.isDirty());
		assertTrue(Files.readString(files.resolve("landscape.xmi")).contains("name=\"Third\""));
		assertArrayEquals(second, Files.readAllBytes(files.resolve("landscape.xmi.bak")));
	}

	@Test
	void aFileThatCannotBeWrittenStopsTheSaveAndKeepsItAndTheFollowingFilesDirty() throws IOException {
		Map<ModelFile, byte[]> before = onDisk();
		rename("Changed");
		Interface anInterface = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		execute(AddCommand.create(model.editingDomain(), model.interfaces(),
				LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, anInterface));
		SystemMappingRule rule = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		execute(AddCommand.create(model.editingDomain(), model.rules(),
				LandscapePackage.Literals.RULE_BOOK__SYSTEM_MAPPING_RULES, rule));
		model.useDisk(file -> {
			if (file.target().getFileName().toString().startsWith("interfaces.xmi")) {
				throw new IOException("Permission denied");
			}
			file.commit();
		});

		IOException failure = assertThrows(IOException.class, model::save);

		assertTrue(failure.getMessage().startsWith("Cannot save " + files.resolve("interfaces.xmi")), failure.getMessage());
		assertEquals(Set.of(ModelFile.INTERFACES, ModelFile.RULES), model.dirtyFiles());
		Map<ModelFile, byte[]> after = onDisk();
		assertArrayEquals(before.get(ModelFile.INTERFACES), after.get(ModelFile.INTERFACES));
		assertArrayEquals(before.get(ModelFile.RULES), after.get(ModelFile.RULES));
		assertFalse(java.util.Arrays.equals(before.get(ModelFile.LANDSCAPE), after.get(ModelFile.LANDSCAPE)));

		model.useDisk(PreparedFile::commit);
		model.save();
		assertFalse(model.isDirty());
		try (LandscapeModel reader = LandscapeModel.open(files, "x")) {
			assertEquals(anInterface.getUuid(), reader.interfaces().getInterfaces().get(0).getUuid());
			assertEquals(rule.getUuid(), reader.rules().getSystemMappingRules().get(0).getUuid());
		}
	}

	@Test
	void listenersHearOfSaves() throws IOException {
		List<Boolean> heard = new ArrayList<>();
		model.addDirtyListener(() -> heard.add(model.isDirty()));
		rename("Heard");
		model.save();
		assertEquals(List.of(true, false), heard);
	}

	private void rename(String name) {
		execute(SetCommand.create(model.editingDomain(), model.landscape(), LandscapePackage.Literals.NAMED__NAME, name));
	}

	private void execute(org.eclipse.emf.common.command.Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		model.commandStack().execute(command);
	}

	private Map<ModelFile, byte[]> onDisk() throws IOException {
		Map<ModelFile, byte[]> contents = new EnumMap<>(ModelFile.class);
		for (ModelFile file : ModelFile.values()) {
			contents.put(file, Files.readAllBytes(files.resolve(file.fileName())));
		}
		return contents;
	}

	private List<Path> strayFiles() throws IOException {
		try (Stream<Path> entries = Files.list(files)) {
			return entries.filter(path -> !path.getFileName().toString().matches("[a-z]+\\.xmi(\\.bak)?")).toList();
		}
	}
}
