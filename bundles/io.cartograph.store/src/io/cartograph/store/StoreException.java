package io.cartograph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import org.h2.api.ErrorCode;

/**
 * Something is wrong with a local store. The message is meant for the user: it names the file
 * and says what to do, so callers can show it as it is.
 */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}

	/** The file is there but is not a database we can read. */
	static StoreException damaged(Path file, Throwable cause) {
		return new StoreException("The store " + file + " is not a Cartograph store or is damaged. "
				+ "It was left untouched. Restore it from a backup, or move it away "
				+ "and Cartograph will start a new, empty store.", cause);
	}

	/** Turns H2's reasons for refusing to open a database into advice. */
	static StoreException cannotOpen(Path file, SQLException cause) {
		return switch (cause.getErrorCode()) {
			case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException("The store " + file
					+ " is in use by another program (probably another Cartograph). "
					+ "Close that program and try again.", cause);
			case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1,
					ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> damaged(file, cause);
			case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 ->
					// H2 also reports a truncated file as an I/O error; if we may read and write
					// the file, the file itself is the problem.
					Files.isReadable(file) && Files.isWritable(file) ? damaged(file, cause)
							: new StoreException("The store " + file + " cannot be read or written. "
									+ "Check that the folder exists, that you may write to it and "
									+ "that the disk is not full.", cause);
			default -> new StoreException("The store " + file + " cannot be opened: "
					+ firstLine(cause.getMessage()), cause);
		};
	}

	private static String firstLine(String text) {
		if (text == null) {
			return "unknown reason";
		}
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
