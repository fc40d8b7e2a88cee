package io.cartograph.sync;

/**
 * Sync could not do something. The message is for the user: it says what and, where it can, why
 * and what to do. It never holds a token, password or secret.
 */
public class SyncException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SyncException(String message) {
		super(message);
	}

	public SyncException(String message, Throwable cause) {
		super(message, cause);
	}
}
