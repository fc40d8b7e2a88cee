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
		int interfaces = (int) arguments.number("--interfaces", SampleLandscape.INTERFACES, 0, MOST_INTERFACES);
		long seed = arguments.number("--seed", SampleLandscape.SEED, Long.MIN_VALUE, Long.MAX_VALUE);
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
}
