package io.cartograph.core.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The options given to one command, checked against what the command accepts. */
public final class Arguments {

	private final Map<String, String> values;
	private final Set<String> flags;
	private final List<String> operands;

	private Arguments(Map<String, String> values, Set<String> flags, List<String> operands) {
		this.values = values;
		this.flags = flags;
		this.operands = List.copyOf(operands);
	}

	/**
	 * Reads {@code --name value}, {@code --name=value} and {@code --flag}. Rejects unknown
	 * options, repeated options, missing values and stray words.
	 */
	static Arguments parse(List<String> args, List<CliOption> accepted) throws UsageException {
		return parse(args, accepted, false);
	}

	/** As {@link #parse(List, List)}; with {@code takesOperands}, words that are not options are operands (paths). */
	static Arguments parse(List<String> args, List<CliOption> accepted, boolean takesOperands) throws UsageException {
		Map<String, String> values = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--") && takesOperands) {
				operands.add(arg);
				continue;
			}
			if (!arg.startsWith("--")) {
				throw new UsageException("unexpected argument '" + arg + "'");
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg : arg.substring(0, equals);
			CliOption option = find(accepted, name);
			if (values.containsKey(name) || flags.contains(name)) {
				throw new UsageException("option " + name + " is given twice");
			}
			if (!option.takesValue()) {
				if (equals >= 0) {
					throw new UsageException("option " + name + " takes no value");
				}
				flags.add(name);
				continue;
			}
			String value;
			if (equals >= 0) {
				value = arg.substring(equals + 1);
			} else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
				value = args.get(++i);
			} else {
				value = "";
			}
			if (value.isBlank()) {
				throw new UsageException("option " + name + " needs a value (" + option.valueName() + ")");
			}
			values.put(name, value);
		}
		for (CliOption option : accepted) {
			if (option.required() && !values.containsKey(option.name())) {
				throw new UsageException("missing option " + option.name() + " " + option.valueName());
			}
		}
		return new Arguments(values, flags, operands);
	}

	/** The words given that are not options, in order (for commands that take operands). */
	List<String> operands() {
		return operands;
	}

	private static CliOption find(List<CliOption> accepted, String name) throws UsageException {
		for (CliOption option : accepted) {
			if (option.name().equals(name)) {
				return option;
			}
		}
		throw new UsageException("unknown option '" + name + "'");
	}

	/** The value of a required option (the parser made sure it is there). */
	public String value(String name) {
		String value = values.get(name);
		if (value == null) {
			throw new IllegalStateException(name + " is not a required option with a value");
		}
		return value;
	}

	public Optional<String> optionalValue(String name) {
		return Optional.ofNullable(values.get(name));
	}

	public boolean has(String flag) {
		return flags.contains(flag);
	}

	/** An option's value as an absolute path, relative ones taken from the current folder. */
	public Path path(String name) throws UsageException {
		try {
			return Path.of(value(name)).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			throw new UsageException("option " + name + ": '" + value(name) + "' is not a valid path");
		}
	}

	/** An optional whole-number option from {@code least} to {@code most} ({@code _} allowed as a separator). */
	long number(String name, long fallback, long least, long most) throws UsageException {
		String text = values.get(name);
		if (text == null) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text.replace("_", ""));
			if (value >= least && value <= most) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("option " + name + " needs a whole number from " + least + " to " + most + ", not '" + text + "'");
	}
}
