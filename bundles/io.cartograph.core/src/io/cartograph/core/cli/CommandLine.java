package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.store.StoreException;

/**
 * {@code cartograph cli <command> [options]}: finds the command named by the first words,
 * checks its options and runs it. Knows nothing about OSGi, so tests call it directly.
 * <p>
 * Exit codes: 0 success, 1 the command failed (a one-line reason on the error stream), 2 the
 * command line was not understood (the reason and the usage on the error stream).
 */
public final class CommandLine {

	private static final int WIDEST_USAGE = 50;

	private final List<CliCommand> commands;

	public CommandLine() {
		this(standardCommands());
	}

	CommandLine(List<CliCommand> commands) {
		List<CliCommand> all = new ArrayList<>(commands);
		all.add(new HelpCommand(this::usage));
		this.commands = List.copyOf(all);
	}

	/** The commands of this build and those contributed by other bundles (listed after them). */
	public static CommandLine withContributions(List<CliCommand> contributed) {
		List<CliCommand> all = new ArrayList<>(standardCommands());
		all.addAll(contributed);
		return new CommandLine(all);
	}

	/** The commands of this build, in the order the help lists them. */
	static List<CliCommand> standardCommands() {
		return List.of(
				new VersionCommand(),
				new WorkspaceInfoCommand(),
				new WorkspaceCreateCommand(),
				new ValidateCommand(),
				new ImportCommand(),
				new ExportCommand(),
				new SampleCommand(),
				new SandboxCommand(),
				new TasksRunCommand(),
				new RulesApplyCommand(),
				new SchedulerCommand(),
				new InventoryRunCommand(),
				new ProposalsCommand(ProposalsCommand.Action.LIST),
				new ProposalsCommand(ProposalsCommand.Action.ACCEPT),
				new ProposalsCommand(ProposalsCommand.Action.REJECT),
				new SecretsSetCommand(),
				new AllowlistCheckCommand(),
				new PolicyLintCommand(),
				new PolicyImportCommand(),
				new PolicyExportCommand(),
				new PolicySimulateCommand(),
				new MapCommand(),
				new KpiCommand(),
				new BenchModelCommand(),
				new BenchIngestCommand(),
				new BenchRulesCommand(),
				new BenchLintCommand(),
				new BenchMapCommand());
	}

	/** Runs the command named by {@code args} and returns its exit code. */
	public int run(List<String> args, PrintStream out, PrintStream err) {
		try {
			if (args.isEmpty()) {
				throw new UsageException("no command given");
			}
			if (List.of("--help", "-h").contains(args.get(0))) {
				return run(List.of("help"), out, err);
			}
			CliCommand command = find(args);
			List<String> rest = args.subList(words(command).size(), args.size());
			if (rest.contains("--help") || rest.contains("-h")) {
				out.print(help(command));
				return 0;
			}
			return command.run(Arguments.parse(rest, command.options(), command.operands() != null), out, err);
		} catch (UsageException e) {
			err.println("cartograph: " + e.getMessage());
			err.println();
			err.print(usage());
			return 2;
		} catch (WorkspaceException | StoreException e) {
			err.println("cartograph: " + e.getMessage());
			return 1;
		} catch (OutOfMemoryError e) {
			// Uncaught, Equinox would log it and still exit with 0: a script would think all went well.
			err.println("cartograph: out of memory (" + e.getMessage() + "); the model does not fit in the Java heap. "
					+ "Raise -Xmx in the product's eclipse.ini.");
			return 1;
		} catch (RuntimeException | Error e) {
			// A bug rather than a user's mistake (or a broken installation, e.g. a class that cannot
			// be loaded): the stack trace helps whoever fixes it, and uncaught, Equinox would exit 0.
			err.println("cartograph: unexpected error: " + e);
			e.printStackTrace(err);
			return 1;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** The command whose words start {@code args}; the one with most words wins. */
	private CliCommand find(List<String> args) throws UsageException {
		CliCommand best = null;
		for (CliCommand command : commands) {
			List<String> words = words(command);
			boolean matches = args.size() >= words.size() && args.subList(0, words.size()).equals(words);
			if (matches && (best == null || words.size() > words(best).size())) {
				best = command;
			}
		}
		if (best != null) {
			return best;
		}
		Set<String> next = nextWords(args.get(0));
		if (!next.isEmpty()) {
			String given = args.size() > 1 ? "unknown command '" + args.get(0) + " " + args.get(1) + "'"
					: "'" + args.get(0) + "' needs a command";
			throw new UsageException(given + "; try one of: " + String.join(", ", next));
		}
		throw new UsageException("unknown command '" + args.get(0) + "'");
	}

	/** For a group word such as {@code workspace}: the words that may follow it. */
	private Set<String> nextWords(String first) {
		Set<String> next = new LinkedHashSet<>();
		for (CliCommand command : commands) {
			List<String> words = words(command);
			if (words.size() > 1 && words.get(0).equals(first)) {
				next.add(words.get(1));
			}
		}
		return next;
	}

	private static List<String> words(CliCommand command) {
		return Arrays.asList(command.name().split(" "));
	}

	/** The overview printed by {@code help} and after a usage error. */
	String usage() {
		List<CliCommand> listed = commands.stream().filter(command -> !command.hidden()).toList();
		// Long usages (import, export) would push every summary far right: they get their own line.
		int width = listed.stream().mapToInt(command -> command.usage().length()).filter(length -> length <= WIDEST_USAGE)
				.max().orElse(0);
		StringBuilder text = new StringBuilder("Usage: cartograph cli <command> [options]\n\nCommands:\n");
		for (CliCommand command : listed) {
			if (command.usage().length() > width) {
				text.append("  ").append(command.usage()).append('\n').append(" ".repeat(width + 5));
			} else {
				text.append("  ").append(pad(command.usage(), width + 3));
			}
			text.append(command.summary()).append('\n');
		}
		// Served by the team server's own application (core cannot depend on the server bundle).
		text.append("\nTeam server administration: 'cartograph cli server-users add|list|role ...' (see docs/team-server.md).\n");
		text.append("Run 'cartograph cli <command> --help' for the options of one command.\n");
		return text.toString();
	}

	private static String help(CliCommand command) {
		StringBuilder text = new StringBuilder("Usage: cartograph cli ").append(command.usage())
				.append("\n\n").append(command.summary()).append(".\n");
		if (!command.options().isEmpty()) {
			int width = command.options().stream().mapToInt(option -> plain(option).length()).max().orElse(0);
			text.append("\nOptions:\n");
			for (CliOption option : command.options()) {
				text.append("  ").append(pad(plain(option), width + 3)).append(option.description())
						.append(option.required() ? " (required)" : "").append('\n');
			}
		}
		return text.toString();
	}

	private static String plain(CliOption option) {
		return option.takesValue() ? option.name() + " " + option.valueName() : option.name();
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(1, width - text.length()));
	}
}
