package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.SampleWorkspace;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;

/** {@code cartograph cli sample --workspace DIR [--interfaces N] [--seed S] [--replace]} */
final class SampleCommand implements CliCommand {

	private static final int MOST_INTERFACES = 2_000_000;

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String summary() {
		return "Create a workspace filled with a generated sample landscape";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.required("--workspace", "DIR", "a new or empty folder (or, with --replace, an existing workspace)"),
				CliOption.optional("--interfaces", "N", "how many interfaces to generate (default " + SampleLandscape.INTERFACES + ")"),
				CliOption.optional("--seed", "S", "the random seed; the same seed gives the same landscape (default "
						+ SampleLandscape.SEED + ")"),
				CliOption.flag("--replace", "replace the landscape of an existing workspace with the generated one"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Path folder = arguments.path("--workspace");
		int interfaces = number(arguments, "--interfaces", SampleLandscape.INTERFACES, MOST_INTERFACES);
		long seed = seed(arguments);
		boolean replace = arguments.has("--replace");
		boolean existing = Workspace.isWorkspace(folder);
		if (existing && !replace) {
			throw new WorkspaceException(folder + " is already a workspace. Add --replace to replace its landscape with "
					+ "generated content (everything in its model files is lost), or choose a new folder.");
		}
		try (Workspace workspace = existing ? Workspace.open(folder) : Workspace.create(folder, SampleWorkspace.NAME)) {
			LandscapeModel model = workspace.model();
			if (existing) {
				SampleLandscape.replace(model, interfaces, seed);
			} else {
				SampleLandscape.fill(model, interfaces, seed);
			}
			model.save();
			out.println("Generated a sample landscape with " + model.interfaces().getInterfaces().size() + " interfaces, "
					+ model.landscape().getSystems().size() + " systems and " + model.dataSources().getDataSources().size()
					+ " data sources (seed " + seed + ") in " + workspace.root());
			return 0;
		} catch (IOException e) {
			throw new WorkspaceException("Cannot save the sample landscape in " + folder + ": " + e.getMessage(), e);
		}
	}

	private static int number(Arguments arguments, String option, int fallback, int most) throws UsageException {
		String text = arguments.optionalValue(option).orElse(null);
		if (text == null) {
			return fallback;
		}
		try {
			int value = Integer.parseInt(text.replace("_", ""));
			if (value >= 0 && value <= most) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new UsageException("option " + option + " needs a whole number from 0 to " + most + ", not '" + text + "'");
	}

	private static long seed(Arguments arguments) throws UsageException {
		String text = arguments.optionalValue("--seed").orElse(null);
		if (text == null) {
			return SampleLandscape.SEED;
		}
		try {
			return Long.parseLong(text.replace("_", ""));
		} catch (NumberFormatException e) {
			throw new UsageException("option --seed needs a whole number, not '" + text + "'");
		}
	}
}
