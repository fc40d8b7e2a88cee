package io.cartograph.server;

import java.io.PrintStream;
import java.util.List;

/** {@code cartograph bench sync}: placeholder until the load benchmark lands. */
final class BenchSyncCommand implements ServerApplication.ServerCommand {

	@Override
	public String usage() {
		return "Usage: cartograph bench sync [--clients N] [--seconds S]\n";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Options.UsageError {
		throw new Options.UsageError("bench sync is not built yet");
	}
}
