package io.cartograph.core.model;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.PreparedFile;

/**
 * A model file, its backup {@code <file>.bak} (the version before the last save that changed
 * it) and, after a restore, the damaged copy {@code <file>.damaged}.
 */
final class ModelBackups {

	/** Moves prepared files into place; tests replace it to make the disk fail. */
	@FunctionalInterface
	interface Disk {
		void commit(PreparedFile file) throws IOException;
	}

	static final String BACKUP_SUFFIX = ".bak";
	static final String DAMAGED_SUFFIX = ".damaged";

	private ModelBackups() {
	}

	static Path backupOf(Path file) {
		Path backup = file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
		return Files.isRegularFile(backup) ? backup : null;
	}

	/**
	 * Whether the file is there to be read. A missing file whose backup exists was lost rather
	 * than never written, so that is an error rather than a reason to start empty.
	 */
	static boolean present(Path file) {
		if (Files.isRegularFile(file)) {
			return true;
		}
		if (Files.exists(file)) {
			throw new ModelFileException(file, backupOf(file), "it is a folder, not a file", null);
		}
		Path backup = backupOf(file);
		if (backup != null) {
			throw new ModelFileException(file, backup, "it is missing", null);
		}
		return false;
	}

	/**
	 * Puts a prepared new version of a file in place, keeping the current one as the backup.
	 * Content equal to the file's leaves both alone, so the backup still holds a real previous
	 * version.
	 */
	static void replace(PreparedFile newVersion, Disk disk) throws IOException {
		Path file = newVersion.target();
		try {
			if (Files.isRegularFile(file)) {
				if (newVersion.sameContentAsTarget()) {
					return;
				}
				try (PreparedFile backup = AtomicFiles.prepareCopy(file.resolveSibling(file.getFileName() + BACKUP_SUFFIX), file)) {
					disk.commit(backup);
				}
			}
			disk.commit(newVersion);
		} catch (IOException e) {
			throw new IOException("Cannot save " + file + ": " + reason(e)
					+ ". The file keeps its previous content; the changes are still open in Cartograph.", e);
		}
	}

	static Optional<Path> restore(Path file) throws IOException {
		Path backup = backupOf(file);
		if (backup == null) {
			throw new IOException("There is no backup of " + file + " (" + file.getFileName() + BACKUP_SUFFIX + ").");
		}
		Path damaged = null;
		if (Files.exists(file)) {
			damaged = freeName(file.resolveSibling(file.getFileName() + DAMAGED_SUFFIX));
			Files.copy(file, damaged);
		}
		AtomicFiles.write(file, Files.readAllBytes(backup));
		return Optional.ofNullable(damaged);
	}

	/** {@code name}, or {@code name-2}, {@code name-3}, ...: an earlier damaged copy is never overwritten. */
	private static Path freeName(Path name) {
		Path candidate = name;
		for (int number = 2; Files.exists(candidate); number++) {
			candidate = name.resolveSibling(name.getFileName() + "-" + number);
		}
		return candidate;
	}

	private static String reason(IOException e) {
		if (e instanceof FileSystemException problem && problem.getReason() != null) {
			return problem.getReason();
		}
		return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
	}
}
