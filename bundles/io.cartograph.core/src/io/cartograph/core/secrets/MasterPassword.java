package io.cartograph.core.secrets;

import java.util.Map;
import java.util.Optional;

/**
 * Where a headless Cartograph gets the master password of the secret store: the environment
 * variable {@code CARTOGRAPH_MASTER_PASSWORD}. The workbench asks the user instead.
 */
public final class MasterPassword {

	public static final String VARIABLE = "CARTOGRAPH_MASTER_PASSWORD";

	private MasterPassword() {
	}

	/** The master password from the environment, if it is set and not blank. */
	public static Optional<char[]> fromEnvironment() {
		return from(System.getenv());
	}

	static Optional<char[]> from(Map<String, String> environment) {
		String value = environment.get(VARIABLE);
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.toCharArray());
	}
}
