package io.cartograph.app;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the command line asks of the workbench: which workspace to open, and whether to take a
 * screenshot (and write a report of what the window shows) and then close.
 * Unknown arguments are ignored: Equinox and e4 pass their own through as well.
 */
public record LaunchOptions(Optional<Path> workspace, Optional<Path> screenshot, Optional<Path> report) {

	public static LaunchOptions parse(String... args) {
		Path workspace = null;
		Path screenshot = null;
		Path report = null;
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
			case "--workspace" -> workspace = pathOf(args[i], value);
			case "--screenshot" -> screenshot = pathOf(args[i], value);
			case "--report" -> report = pathOf(args[i], value);
			default -> {
				continue;
			}
			}
			i++;
		}
		return new LaunchOptions(Optional.ofNullable(workspace), Optional.ofNullable(screenshot),
				Optional.ofNullable(report));
	}

	public boolean takesScreenshot() {
		return screenshot.isPresent();
	}

	private static Path pathOf(String option, String value) {
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a path");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}
}
