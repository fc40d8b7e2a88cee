package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The complete new content of a file, already on disk beside it under a temporary name, waiting
 * to be moved into place. Until {@link #commit()} the target is untouched; closing an uncommitted
 * prepared file removes the temporary one, so a failed save leaves nothing behind.
 */
public final class PreparedFile implements AutoCloseable {

	/** Runs between writing the temporary file and moving it into place (tests break it here). */
	@FunctionalInterface
	interface BeforeMove {
		void check(Path temporaryFile) throws IOException;
	}

	private final Path target;
	private final Path temporary;
	private final boolean keepTargetPermissions;
	private boolean open = true;

	PreparedFile(Path target, Path temporary, boolean keepTargetPermissions) {
		this.target = target;
		this.temporary = temporary;
		this.keepTargetPermissions = keepTargetPermissions;
	}

	/** The file this content is meant to replace. */
	public Path target() {
		return target;
	}

	/** Whether the target exists and already holds exactly this content (then there is nothing to save). */
	public boolean sameContentAsTarget() throws IOException {
		return Files.isRegularFile(target) && Files.size(target) == Files.size(temporary)
				&& Files.mismatch(target, temporary) == -1L;
	}

	/** Renames the new content over the target, atomically where the file system can. */
	public void commit() throws IOException {
		commit(temporaryFile -> { });
	}

	void commit(BeforeMove beforeMove) throws IOException {
		if (!open) {
			throw new IllegalStateException(target + " was already committed or discarded");
		}
		try {
			if (keepTargetPermissions) {
				AtomicFiles.keepPermissions(target, temporary);
			}
			beforeMove.check(temporary);
			moveIntoPlace();
			open = false;
		} finally {
			close();
		}
		AtomicFiles.syncFolder(target.getParent());
	}

	private void moveIntoPlace() throws IOException {
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			// Some file systems (certain network shares) cannot rename atomically; a plain
			// replace is the best they offer.
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Discards the new content unless it was committed. */
	@Override
	public void close() {
		if (open) {
			open = false;
			try {
				Files.deleteIfExists(temporary);
			} catch (IOException e) {
				// A stray temporary file is harmless (hidden, and never read as a model file).
			}
		}
	}
}
