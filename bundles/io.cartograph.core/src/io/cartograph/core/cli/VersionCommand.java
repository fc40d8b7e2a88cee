package io.cartograph.core.cli;

import java.io.PrintStream;

import io.cartograph.core.CartographVersion;

/** {@code cartograph cli version} */
final class VersionCommand implements CliCommand {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "Print the Cartograph version";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		out.println("Cartograph " + CartographVersion.current());
		return 0;
	}
}
