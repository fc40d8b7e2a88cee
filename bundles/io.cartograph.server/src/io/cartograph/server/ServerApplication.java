package io.cartograph.server;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code io.cartograph.server.application}: {@code server ...} runs the
 * team server, {@code server-users ...} manages its users, {@code bench-sync ...} measures it.
 * Core's CLI cannot depend on the server, so ./cartograph starts this application for those words.
 */
public final class ServerApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = args instanceof String[] array ? List.of(array) : List.of();
		while (!arguments.isEmpty() && List.of("-nosplash", "-showsplash").contains(arguments.get(0))) {
			arguments = arguments.subList(1, arguments.size());
		}
		return run(arguments, System.out, System.err);
	}

	@Override
	public void stop() {
		// The server stops on Ctrl+C through its shutdown hook.
	}

	static int run(List<String> args, PrintStream out, PrintStream err) {
		Map<String, ServerCommand> commands = Map.of("server", new ServeCommand(), "server-users", new UsersCommand(),
				"bench-sync", new BenchSyncCommand());
		ServerCommand command = args.isEmpty() ? null : commands.get(args.get(0));
		try {
			if (command == null) {
				throw new Options.UsageError(args.isEmpty() ? "no command given" : "unknown command '" + args.get(0) + "'");
			}
			List<String> rest = args.subList(1, args.size());
			if (rest.contains("--help") || rest.contains("-h")) {
				out.print(command.usage());
				return 0;
			}
			return command.run(rest, out, err);
		} catch (Options.UsageError e) {
			err.println("cartograph: " + e.getMessage());
			err.println();
			err.print(command != null ? command.usage() : "Commands: server, server-users, bench-sync\n");
			return 2;
		} catch (StorageException e) {
			err.println("cartograph: " + e.getMessage());
			return 1;
		} catch (RuntimeException e) {
			err.println("cartograph: unexpected error: " + e);
			e.printStackTrace(err);
			return 1;
		} finally {
			out.flush();
			err.flush();
		}
	}

	/** One command of the application. */
	interface ServerCommand {
		int run(List<String> args, PrintStream out, PrintStream err) throws Options.UsageError;

		String usage();
	}
}
