package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

/** {@code cartograph cli help} */
final class HelpCommand implements CliCommand {

	private final Supplier<String> usage;

	HelpCommand(Supplier<String> usage) {
		this.usage = usage;
	}

	@Override
	public String name() {
		return "help";
	}

	@Override
	public String summary() {
		return "Show this help";
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) {
		out.print(usage.get());
		return 0;
	}
}
