package io.cartograph.core.secrets;

/**
 * The secret store cannot be opened, read or written. The message is written for the user: it
 * names the file and says what to do, so the UI and the CLI show it as it is. It never contains
 * a secret.
 */
public class SecretStoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SecretStoreException(String message) {
		super(message);
	}

	public SecretStoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
