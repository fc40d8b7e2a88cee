package io.cartograph.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cartograph.ui.DedicatedView;

/**
 * What the command line asks of the workbench: which workspace to open, and whether to take a
 * screenshot (and write a report of what the window shows) and then close, and which views to
 * bring forward once the window is up ({@code --show todo --show strategy-fit}, with
 * {@code --maximize} the last one fills the window).
 * Unknown arguments are ignored: Equinox and e4 pass their own through as well.
 */
public record LaunchOptions(Optional<Path> workspace, Optional<Path> screenshot, Optional<Path> report,
		List<DedicatedView> shownViews, boolean maximizeShown) {

	public LaunchOptions {
		shownViews = List.copyOf(shownViews);
	}

	public static LaunchOptions parse(String... args) {
		Path workspace = null;
		Path screenshot = null;
		Path report = null;
		List<DedicatedView> shown = new ArrayList<>();
		boolean maximize = false;
		for (int i = 0; i < args.length; i++) {
			String value = i + 1 < args.length ? args[i + 1] : null;
			switch (args[i]) {
			case "--workspace" -> workspace = pathOf(args[i], value);
			case "--screenshot" -> screenshot = pathOf(args[i], value);
			case "--report" -> report = pathOf(args[i], value);
			case "--show" -> shown.add(viewOf(value));
			case "--maximize" -> {
				maximize = true;
				continue;
			}
			default -> {
				continue;
			}
			}
			i++;
		}
		return new LaunchOptions(Optional.ofNullable(workspace), Optional.ofNullable(screenshot),
				Optional.ofNullable(report), shown, maximize);
	}

	public boolean takesScreenshot() {
		return screenshot.isPresent();
	}

	/** {@code strategy-fit} names {@link DedicatedView#STRATEGY_FIT}. */
	static String nameOf(DedicatedView view) {
		return view.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static DedicatedView viewOf(String value) {
		return Arrays.stream(DedicatedView.values()).filter(view -> nameOf(view).equals(value)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("--show needs one of "
						+ Arrays.stream(DedicatedView.values()).map(LaunchOptions::nameOf).collect(Collectors.joining(", "))));
	}

	private static Path pathOf(String option, String value) {
		if (value == null || value.startsWith("--")) {
			throw new IllegalArgumentException(option + " needs a path");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}
}
