package io.cartograph.core.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * The headless application {@code io.cartograph.core.cli}, started by
 * {@code ./cartograph cli <command>}. Returns the exit code, which the Equinox launcher passes on
 * as the process's exit status.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Object args = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		List<String> arguments = args instanceof String[] array ? List.of(array) : List.of();
		CommandLine commandLine = CommandLine.withContributions(ContributedCommands.load());
		return commandLine.run(withoutLauncherFlags(arguments), System.out, System.err);
	}

	@Override
	public void stop() {
		// Commands are short and run on the calling thread; there is nothing to interrupt.
	}

	/**
	 * Equinox removes the options it knows, but a splash option given before
	 * {@code -application} may still arrive here; no Cartograph command starts with one.
	 */
	static List<String> withoutLauncherFlags(List<String> args) {
		int first = 0;
		while (first < args.size() && List.of("-nosplash", "-showsplash").contains(args.get(first))) {
			first++;
		}
		return args.subList(first, args.size());
	}
}
