package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A workspace cannot be opened, created or used. The message is written for the user: it names
 * the folder or file and says what to do, so the UI and the CLI show it as it is.
 */
public class WorkspaceException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public WorkspaceException(String message) {
		super(message);
	}

	public WorkspaceException(String message, Throwable cause) {
		super(message, cause);
	}

	/**
	 * "{@code doing}: permission denied (/path)". Java's file exceptions often carry only a path
	 * as their message, which tells a user nothing.
	 */
	static WorkspaceException because(String doing, IOException e) {
		String reason;
		if (e instanceof AccessDeniedException denied) {
			reason = "permission denied (" + denied.getFile() + ")";
		} else if (e instanceof NoSuchFileException missing) {
			reason = "no such file or folder (" + missing.getFile() + ")";
		} else if (e instanceof FileSystemException problem && problem.getReason() != null) {
			reason = problem.getReason() + " (" + problem.getFile() + ")";
		} else {
			reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
		}
		return new WorkspaceException(doing + ": " + reason, e);
	}
}
