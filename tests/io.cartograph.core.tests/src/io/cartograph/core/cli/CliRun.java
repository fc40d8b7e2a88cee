package io.cartograph.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What one run of the command line printed and returned, line ends as {@code \n}. */
record CliRun(int exitCode, String out, String err) {

	/** Runs the standard commands. */
	static CliRun of(String... args) {
		return with(new CommandLine(), args);
	}

	static CliRun with(CommandLine commandLine, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exitCode = commandLine.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
				err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
	}
}
