package io.cartograph.core;

import java.nio.file.Path;

/**
 * The folder where Cartograph keeps its own things (sample workspace, instance area):
 * the system property {@code cartograph.home}, else the environment variable
 * {@code CARTOGRAPH_HOME}, else {@code ~/.cartograph}. The property wins so that tests and
 * launch configurations can redirect it without touching the environment.
 */
public final class CartographHome {

	public static final String PROPERTY = "cartograph.home";
	public static final String VARIABLE = "CARTOGRAPH_HOME";

	private CartographHome() {
	}

	public static Path folder() {
		String configured = System.getProperty(PROPERTY);
		if (isBlank(configured)) {
			configured = System.getenv(VARIABLE);
		}
		if (isBlank(configured)) {
			return Path.of(System.getProperty("user.home"), ".cartograph").toAbsolutePath();
		}
		return Path.of(configured).toAbsolutePath().normalize();
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}
}
