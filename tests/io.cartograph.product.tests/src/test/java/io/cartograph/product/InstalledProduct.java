package io.cartograph.product;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The materialized product, started as a separate process the way ./cartograph starts it:
 * java -jar plugins/org.eclipse.equinox.launcher_*.jar with its own instance area.
 */
final class InstalledProduct {

	record Run(int exitCode, String out, String err) {
		String all() {
			return out + err;
		}
	}

	private final Path home;
	private final Path scratch;

	InstalledProduct(Path scratch) {
		String dir = System.getProperty("cartograph.product.dir");
		if (dir == null) {
			throw new IllegalStateException("cartograph.product.dir is not set: run through Maven (./cartograph test)");
		}
		this.home = Path.of(dir);
		this.scratch = scratch;
		if (!Files.isDirectory(home.resolve("plugins"))) {
			throw new IllegalStateException("No materialized product at " + home + ": build the product module first");
		}
	}

	Run cli(String... args) throws Exception {
		List<String> command = launch("-application", "io.cartograph.core.cli", "-data", "@none");
		command.addAll(List.of(args));
		return run(command, 120, Map.of("CARTOGRAPH_HOME", scratch.resolve("home").toString()));
	}

	/** Starts a headless command and returns at once, for tests that stop it on their own terms. */
	Process startCli(String... args) throws IOException {
		List<String> command = launch("-application", "io.cartograph.core.cli", "-data", "@none");
		command.addAll(List.of(args));
		Files.createDirectories(scratch);
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
				.redirectOutput(Files.createTempFile(scratch, "out", ".txt").toFile())
				.redirectError(Files.createTempFile(scratch, "err", ".txt").toFile());
		builder.environment().put("CARTOGRAPH_HOME", scratch.resolve("home").toString());
		return builder.start();
	}

	Run workbench(String... args) throws Exception {
		List<String> command = launch("-data", scratch.resolve("instance").toString());
		command.addAll(List.of(args));
		return run(command, 180, Map.of("CARTOGRAPH_HOME", scratch.resolve("home").toString()));
	}

	private List<String> launch(String... launcherArgs) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-jar", launcher().toString(), "-nosplash"));
		command.addAll(List.of(launcherArgs));
		return command;
	}

	private Path launcher() throws IOException {
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no Equinox launcher in " + home));
		}
	}

	private Run run(List<String> command, int timeoutSeconds, Map<String, String> environment) throws Exception {
		Files.createDirectories(scratch);
		Path out = Files.createTempFile(scratch, "out", ".txt");
		Path err = Files.createTempFile(scratch, "err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile());
		builder.environment().putAll(environment);
		builder.environment().put("NO_AT_BRIDGE", "1");
		Process process = builder.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			throw new AssertionError("Cartograph did not exit within " + timeoutSeconds + " s: " + command
					+ "\n" + Files.readString(out) + Files.readString(err));
		}
		return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}
}
