package io.cartograph.core.workspace;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import io.cartograph.core.workspace.PreparedFile.BeforeMove;

/**
 * Saving files so that a crash, a full disk or a power cut leaves either the old file or the
 * new one, never a half-written mix. Everything in Cartograph that saves a file goes through
 * here.
 */
public final class AtomicFiles {

	/** Writes a file's content; called once, with a stream that goes straight to disk. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code target} with {@code content}: writes a temporary file in the same folder,
	 * forces it to disk, then renames it over the target. On failure the temporary file is
	 * removed and the target keeps its old content.
	 */
	public static void write(Path target, byte[] content) throws IOException {
		write(target, content, temporary -> { });
	}

	/** {@link #write(Path, byte[])} for text, as UTF-8. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	static void write(Path target, byte[] content, BeforeMove beforeMove) throws IOException {
		try (PreparedFile prepared = prepare(target, out -> out.write(content))) {
			prepared.commit(beforeMove);
		}
	}

	/**
	 * Streams new content for {@code target} into a temporary file beside it and forces it to
	 * disk, without touching the target: large files never sit in memory as a whole, and several
	 * files can be prepared before any of them replaces its predecessor.
	 */
	public static PreparedFile prepare(Path target, Content content) throws IOException {
		Path file = target.toAbsolutePath();
		Path temporary = temporaryBeside(file);
		PreparedFile prepared = new PreparedFile(file, temporary, true);
		try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 256 * 1024);
			content.writeTo(out);
			out.flush();
			channel.force(true);
		} catch (Throwable failure) {
			prepared.close();
			throw failure;
		}
		return prepared;
	}

	/**
	 * Prepares {@code target} to become a copy of {@code existing}. Where the file system allows,
	 * the copy is a second name for the same data (a hard link), which costs nothing however big
	 * the file is; the existing file is never written to afterwards, since saves rename new files
	 * over it.
	 */
	public static PreparedFile prepareCopy(Path target, Path existing) throws IOException {
		Path file = target.toAbsolutePath();
		Path temporary = temporaryBeside(file);
		try {
			Files.createLink(temporary, existing);
			return new PreparedFile(file, temporary, false);
		} catch (UnsupportedOperationException | FileSystemException e) {
			// No hard links here (some shares and file systems): copy the bytes instead.
			Files.deleteIfExists(temporary);
			return prepare(target, out -> Files.copy(existing, out));
		}
	}

	private static Path temporaryBeside(Path file) {
		// Same folder as the target: a rename is only atomic within one file system.
		return file.getParent().resolve("." + file.getFileName() + "."
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
	}

	/** A saved file should not become private just because it was rewritten. */
	static void keepPermissions(Path file, Path temporary) {
		try {
			if (Files.isRegularFile(file)) {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
			}
		} catch (UnsupportedOperationException | IOException e) {
			// Not a POSIX file system, or not ours to change: the default permissions will do.
		}
	}

	/** Makes the rename itself durable. Only possible on some systems; harmless elsewhere. */
	static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; its rename is durable enough.
		}
	}
}
