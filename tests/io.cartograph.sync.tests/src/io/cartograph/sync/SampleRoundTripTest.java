package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFile;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;

/**
 * The generated sample landscape (every kind of object, enums, dates, lists, references across
 * files) recorded in one workspace and applied to a copy gives the same files; so does its undo.
 */
class SampleRoundTripTest {

	@TempDir
	Path folder;

	@Test
	void theSampleLandscapeAndItsUndoTravelWhole() throws Exception {
		Path folderA = folder.resolve("a");
		Path folderB = folder.resolve("b");
		Workspace.create(folderA, "Sample").close();
		copy(folderA, folderB);
		try (Workspace a = Workspace.open(folderA); Workspace b = Workspace.open(folderB)) {
			LandscapeModel modelA = a.model();
			LandscapeModel modelB = b.model();
			String empty = text(modelB, folderB);
			List<ChangeSet> recorded = new ArrayList<>();
			try (ChangeSetRecorder recorder = ChangeSetRecorder.attach(modelA, SyncedFeatures.standard(), () -> 0L,
					recorded::add)) {
				Edits.run(modelA, new ChangeCommand(modelA.editingDomain().getResourceSet()) {
					@Override
					protected void doExecute() {
						SampleLandscape.fill(modelA, 40, SampleLandscape.SEED);
					}
				});
				modelA.commandStack().undo();
			}
			assertEquals(2, recorded.size());
			assertTrue(recorded.get(0).changes().size() > 200, "a whole landscape: " + recorded.get(0).changes().size());

			applyThroughJson(modelB, recorded.get(0));
			modelA.commandStack().redo();
			assertEquals(text(modelA, folderA), text(modelB, folderB));
			assertEquals(40, modelB.interfaces().getInterfaces().size());
			assertTrue(!modelB.dataSources().getDataSources().isEmpty() && !modelB.rules().getSystemMappingRules().isEmpty());

			applyThroughJson(modelB, recorded.get(1));
			assertEquals(empty, text(modelB, folderB));
		}
	}

	/** As the other side gets it: through the wire format. */
	private static void applyThroughJson(LandscapeModel model, ChangeSet changeSet) {
		ChangeSet received = ChangeSetCodec.fromJson(ChangeSetCodec.toJson(changeSet));
		ForwardRecorder recorder = new ForwardRecorder(model.editingDomain().getResourceSet());
		try {
			ChangeApplier.apply(model, received.changes(), recorder, ChangeApplier.LocalElements.NONE);
		} finally {
			recorder.dispose();
		}
	}

	/** The model files as saved, one after the other. */
	private static String text(LandscapeModel model, Path root) throws IOException {
		model.saveAll();
		StringBuilder text = new StringBuilder();
		for (ModelFile file : ModelFile.values()) {
			text.append(Files.readString(root.resolve(Workspace.LANDSCAPE_FOLDER).resolve(file.fileName())));
		}
		return text.toString();
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
	}
}
