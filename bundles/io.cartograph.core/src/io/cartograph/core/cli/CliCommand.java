package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One command of {@code cartograph cli}. To add a command, write a class implementing this and
 * list it in {@link CommandLine#standardCommands()}; parsing, usage and errors come for free.
 * Bundles that core cannot depend on (sync) contribute theirs through the extension point
 * {@code io.cartograph.core.cliCommands} (see {@link ContributedCommands}).
 */
public interface CliCommand {

	/** The words that select the command, separated by a space: {@code "workspace info"}. */
	String name();

	/** What the command does, in one line. */
	String summary();

	/** Hidden commands run like any other but are not listed in the help (developer tools). */
	default boolean hidden() {
		return false;
	}

	/** The options it accepts; the dispatcher checks them before {@link #run} is called. */
	default List<CliOption> options() {
		return List.of();
	}

	/** How the usage names the operands the command takes ({@code PATH...}); null when it takes none. */
	default String operands() {
		return null;
	}

	/**
	 * Does the work.
	 *
	 * @return the exit code: 0 for success
	 * @throws UsageException when an option's value is unusable (exit code 2)
	 */
	int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException;

	/** {@code workspace info --workspace DIR [--json]} */
	default String usage() {
		String options = options().stream().map(CliOption::usage).collect(Collectors.joining(" "));
		String head = operands() == null ? name() : name() + " " + operands();
		return options.isEmpty() ? head : head + " " + options;
	}
}
