package io.cartograph.core.workspace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

	@TempDir
	Path folder;

	@Test
	void writesANewFile() throws IOException {
		Path target = folder.resolve("notes.txt");
		AtomicFiles.writeString(target, "Grüße aus Walldorf");
		assertEquals("Grüße aus Walldorf", Files.readString(target, StandardCharsets.UTF_8));
		assertEquals(List.of(target), entries());
	}

	@Test
	void replacesAnExistingFile() throws IOException {
		Path target = Files.writeString(folder.resolve("model.xmi"), "old content that is longer than the new");
		AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));
		assertEquals("new", Files.readString(target));
		assertEquals(List.of(target), entries());
	}

	@Test
	void aFailureBeforeTheMoveLeavesTheOldFileAndNoTemporaryFile() throws IOException {
		Path target = Files.writeString(folder.resolve("model.xmi"), "old");
		byte[] content = "new".getBytes(StandardCharsets.UTF_8);
		Path[] seen = new Path[1];

		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.write(target, content, temporary -> {
			seen[0] = temporary;
			// At this point the new content is complete on disk, next to the target.
			assertEquals(folder, temporary.getParent());
			assertArrayEquals(content, Files.readAllBytes(temporary));
			assertEquals("old", Files.readString(target));
			throw new IOException("disk pulled out");
		}));

		assertEquals("disk pulled out", failure.getMessage());
		assertEquals("old", Files.readString(target));
		assertFalse(Files.exists(seen[0]), "temporary file removed");
		assertEquals(List.of(target), entries());
	}

	@Test
	void aFailedMoveLeavesWhatWasThereAndNoTemporaryFile() throws IOException {
		// A non-empty folder where the file should go cannot be replaced.
		Path target = Files.createDirectory(folder.resolve("model.xmi"));
		Path inside = Files.writeString(target.resolve("keep.txt"), "keep");

		assertThrows(IOException.class, () -> AtomicFiles.writeString(target, "new"));

		assertTrue(Files.isDirectory(target));
		assertEquals("keep", Files.readString(inside));
		assertEquals(List.of(target), entries());
	}

	@Test
	void aMissingFolderIsReportedAndNothingIsCreated() {
		Path target = folder.resolve("missing").resolve("file.txt");
		assertThrows(NoSuchFileException.class, () -> AtomicFiles.writeString(target, "x"));
		assertFalse(Files.exists(folder.resolve("missing")));
	}

	private List<Path> entries() throws IOException {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.sorted().toList();
		}
	}

	@Test
	void aPreparedFileLeavesTheTargetAloneUntilCommitted() throws IOException {
		Path target = Files.writeString(folder.resolve("interfaces.xmi"), "old");
		try (PreparedFile prepared = AtomicFiles.prepare(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)))) {
			assertEquals("old", Files.readString(target));
			assertFalse(prepared.sameContentAsTarget());
			assertEquals(2, entries().size(), "the new content waits beside the target");
			prepared.commit();
		}
		assertEquals("new", Files.readString(target));
		assertEquals(List.of(target), entries());
	}

	@Test
	void aPreparedFileThatIsNotCommittedIsRemovedOnClose() throws IOException {
		Path target = Files.writeString(folder.resolve("interfaces.xmi"), "same");
		try (PreparedFile prepared = AtomicFiles.prepare(target, out -> out.write("same".getBytes(StandardCharsets.UTF_8)))) {
			assertTrue(prepared.sameContentAsTarget());
		}
		assertEquals("same", Files.readString(target));
		assertEquals(List.of(target), entries());
	}

	@Test
	void contentThatFailsHalfWayLeavesNoTemporaryFile() throws IOException {
		Path target = Files.writeString(folder.resolve("interfaces.xmi"), "old");
		IOException failure = assertThrows(IOException.class, () -> AtomicFiles.prepare(target, out -> {
			out.write("half of the ".getBytes(StandardCharsets.UTF_8));
			throw new IOException("the model could not be serialized");
		}));
		assertEquals("the model could not be serialized", failure.getMessage());
		assertEquals("old", Files.readString(target));
		assertEquals(List.of(target), entries());
	}

	@Test
	void aPreparedCopyKeepsTheOldContentWhenTheOriginalIsReplaced() throws IOException {
		Path original = Files.writeString(folder.resolve("rules.xmi"), "version 1");
		Path backup = folder.resolve("rules.xmi.bak");
		try (PreparedFile copy = AtomicFiles.prepareCopy(backup, original)) {
			copy.commit();
		}
		AtomicFiles.writeString(original, "version 2");
		assertEquals("version 1", Files.readString(backup));
		assertEquals("version 2", Files.readString(original));
		assertEquals(List.of(original, backup), entries());
	}
}
