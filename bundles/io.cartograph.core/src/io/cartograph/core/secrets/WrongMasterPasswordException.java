package io.cartograph.core.secrets;

import java.nio.file.Path;

/** The master password given does not open the secret store; ask for it again. */
public final class WrongMasterPasswordException extends SecretStoreException {

	private static final long serialVersionUID = 1L;
	private final transient Path file;

	WrongMasterPasswordException(Path file) {
		super("The master password does not open the secret store " + file + ". Enter it again. If it is "
				+ "forgotten, move that file away: Cartograph then starts an empty store and asks for the "
				+ "secrets each workspace needs.");
		this.file = file;
	}

	public Path file() {
		return file;
	}
}
