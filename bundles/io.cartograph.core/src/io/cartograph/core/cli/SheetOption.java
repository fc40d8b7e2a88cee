package io.cartograph.core.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cartograph.core.exchange.Sheet;

/**
 * The one-of options of {@code import} and {@code export}: {@code --interfaces FILE},
 * {@code --systems FILE}, {@code --system-rules FILE} or {@code --object-rules FILE}.
 */
record SheetOption(Sheet sheet, Path file) {

	static List<CliOption> options(String fileDescription) {
		List<CliOption> options = new ArrayList<>();
		for (Sheet sheet : Sheet.values()) {
			options.add(CliOption.optional(flag(sheet), "FILE", sheet.plural() + ": " + fileDescription));
		}
		return options;
	}

	/** The sheet and file given; exactly one of the options must be. */
	static SheetOption of(Arguments arguments) throws UsageException {
		SheetOption chosen = null;
		for (Sheet sheet : Sheet.values()) {
			String flag = flag(sheet);
			if (arguments.optionalValue(flag).isPresent()) {
				if (chosen != null) {
					throw new UsageException("give one of " + flags() + ", not several");
				}
				try {
					chosen = new SheetOption(sheet, Path.of(arguments.optionalValue(flag).get()).toAbsolutePath().normalize());
				} catch (InvalidPathException e) {
					throw new UsageException("option " + flag + ": '" + arguments.optionalValue(flag).get() + "' is not a valid path");
				}
			}
		}
		if (chosen == null) {
			throw new UsageException("say what to exchange: " + flags() + " FILE");
		}
		return chosen;
	}

	private static String flag(Sheet sheet) {
		return "--" + sheet.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String flags() {
		return String.join(", ", Arrays.stream(Sheet.values()).map(SheetOption::flag).toList());
	}
}
