package io.cartograph.server;

/** The server's database failed or refused; the message is for people and holds no secret. */
public final class StorageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public StorageException(String message, Throwable cause) {
		super(message, cause);
	}

	public StorageException(String message) {
		super(message);
	}
}
