package io.cartograph.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command line of the server's commands: {@code --name value}, {@code --name=value}, {@code --flag}, operands. */
final class Options {

	/** The command line was not understood (exit code 2). */
	static final class UsageError extends Exception {
		private static final long serialVersionUID = 1L;

		UsageError(String message) {
			super(message);
		}
	}

	private final Map<String, String> values;
	private final Set<String> flags;
	private final List<String> operands;

	private Options(Map<String, String> values, Set<String> flags, List<String> operands) {
		this.values = values;
		this.flags = flags;
		this.operands = operands;
	}

	static Options parse(List<String> args, Set<String> valued, Set<String> flagNames) throws UsageError {
		Map<String, String> values = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<String> operands = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.startsWith("--")) {
				operands.add(arg);
				continue;
			}
			int equals = arg.indexOf('=');
			String name = equals < 0 ? arg : arg.substring(0, equals);
			if (flagNames.contains(name) && equals < 0) {
				flags.add(name);
			} else if (valued.contains(name)) {
				String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : "";
				if (value.isBlank()) {
					throw new UsageError("option " + name + " needs a value");
				}
				if (values.put(name, value) != null) {
					throw new UsageError("option " + name + " is given twice");
				}
			} else {
				throw new UsageError("unknown option '" + name + "'");
			}
		}
		return new Options(values, flags, operands);
	}

	String value(String name) {
		return values.get(name);
	}

	String value(String name, String fallback) {
		return values.getOrDefault(name, fallback);
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	List<String> operands() {
		return operands;
	}

	long number(String name, long fallback, long least, long most) throws UsageError {
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
		throw new UsageError("option " + name + " needs a whole number from " + least + " to " + most + ", not '" + text + "'");
	}

	/** A secret named by an option {@code --x-env VAR}: the variable's value, never the option's. */
	char[] fromEnvironment(String name) throws UsageError {
		String variable = values.get(name);
		if (variable == null) {
			return null;
		}
		String secret = System.getenv(variable);
		if (secret == null || secret.isEmpty()) {
			throw new UsageError("option " + name + ": the environment variable " + variable + " is not set");
		}
		return secret.toCharArray();
	}
}
