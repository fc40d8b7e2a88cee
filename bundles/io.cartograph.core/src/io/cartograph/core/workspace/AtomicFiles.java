package io.cartograph.core.workspace;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saving files so that a crash, a full disk or a power cut leaves either the old file or the
 * new one, never a half-written mix. Everything in Cartograph that saves a file goes through
 * here.
 */
public final class AtomicFiles {

	/** Runs between writing the temporary file and moving it into place (tests break it here). */
	@FunctionalInterface
	interface BeforeMove {
		void check(Path temporaryFile) throws IOException;
	}

	private AtomicFiles() {
	}

	/**
	 * Replaces {@code target} with {@code content}: writes a temporary file in the same folder,
	 * forces it to disk, then renames it over the target. On failure the temporary file is
	 * removed and the target keeps its old content.
	 */
	public static void write(Path target, byte[] content) throws IOException {
		write(target, content, temporaryFile -> { });
	}

	/** {@link #write(Path, byte[])} for text, as UTF-8. */
	public static void writeString(Path target, String text) throws IOException {
		write(target, text.getBytes(StandardCharsets.UTF_8));
	}

	static void write(Path target, byte[] content, BeforeMove beforeMove) throws IOException {
		Path file = target.toAbsolutePath();
		Path folder = file.getParent();
		// Same folder as the target: a rename is only atomic within one file system.
		Path temporary = folder.resolve("." + file.getFileName() + "."
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()) + ".tmp");
		try {
			try (FileChannel channel = FileChannel.open(temporary, CREATE_NEW, WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			keepPermissions(file, temporary);
			beforeMove.check(temporary);
			moveIntoPlace(temporary, file);
		} catch (Throwable failure) {
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException cleanupFailure) {
				failure.addSuppressed(cleanupFailure);
			}
			throw failure;
		}
		syncFolder(folder);
	}

	private static void moveIntoPlace(Path temporary, Path file) throws IOException {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems (certain network shares) cannot rename atomically; a plain
			// replace is the best they offer.
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** A saved file should not become private just because it was rewritten. */
	private static void keepPermissions(Path file, Path temporary) {
		try {
			if (Files.isRegularFile(file)) {
				Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(file));
			}
		} catch (UnsupportedOperationException | IOException e) {
			// Not a POSIX file system, or not ours to change: the default permissions will do.
		}
	}

	/** Makes the rename itself durable. Only possible on some systems; harmless elsewhere. */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// Windows cannot open a folder as a channel; its rename is durable enough.
		}
	}
}
