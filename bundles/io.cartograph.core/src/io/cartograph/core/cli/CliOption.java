package io.cartograph.core.cli;

/**
 * An option such as {@code --workspace DIR} or the flag {@code --json}.
 *
 * @param name        with the dashes: {@code --workspace}
 * @param valueName   how the usage names its value ({@code DIR}); null for a flag
 * @param required    whether the command cannot run without it
 * @param description one line for the command's help
 */
public record CliOption(String name, String valueName, boolean required, String description) {

	public static CliOption required(String name, String valueName, String description) {
		return new CliOption(name, valueName, true, description);
	}

	public static CliOption optional(String name, String valueName, String description) {
		return new CliOption(name, valueName, false, description);
	}

	public static CliOption flag(String name, String description) {
		return new CliOption(name, null, false, description);
	}

	boolean takesValue() {
		return valueName != null;
	}

	/** {@code --workspace DIR}, {@code [--json]} */
	String usage() {
		String text = takesValue() ? name + " " + valueName : name;
		return required ? text : "[" + text + "]";
	}
}
