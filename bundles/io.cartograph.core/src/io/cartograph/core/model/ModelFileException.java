package io.cartograph.core.model;

import java.nio.file.Path;
import java.util.Optional;

import io.cartograph.core.workspace.WorkspaceException;

/**
 * A model file that cannot be read: damaged, half-written by another program, or not XMI at all.
 * Says which file, what is wrong, and whether a backup from the last good save exists.
 */
public final class ModelFileException extends WorkspaceException {

	private static final long serialVersionUID = 1L;
	private final transient Path file;
	private final transient Path backup;

	public ModelFileException(Path file, Path backup, String problem, Throwable cause) {
		super(message(file, backup, problem), cause);
		this.file = file;
		this.backup = backup;
	}

	public Path file() {
		return file;
	}

	/** The copy kept at the last good save, if there is one. */
	public Optional<Path> backup() {
		return Optional.ofNullable(backup);
	}

	private static String message(Path file, Path backup, String problem) {
		String text = "The model file " + file + " cannot be read: " + Reasons.withoutFullStop(problem) + ".";
		return backup == null ? text + " No backup of it exists."
				: text + " A backup from the last good save exists: " + backup.getFileName() + ".";
	}
}
