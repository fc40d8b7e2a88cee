package io.cartograph.core.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.cartograph.core.workspace.Workspace;

/** {@code cartograph cli workspace create --workspace DIR [--name NAME]} */
final class WorkspaceCreateCommand implements CliCommand {

	@Override
	public String name() {
		return "workspace create";
	}

	@Override
	public String summary() {
		return "Create a new, empty workspace";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.required("--workspace", "DIR", "a new or empty folder for the workspace"),
				CliOption.optional("--name", "NAME", "the workspace's name (default: the folder's name)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Path folder = arguments.path("--workspace");
		String name = arguments.optionalValue("--name").orElseGet(() -> defaultName(folder));
		try (Workspace workspace = Workspace.create(folder, name)) {
			out.println("Created workspace '" + workspace.name() + "' in " + workspace.root());
		}
		return 0;
	}

	private static String defaultName(Path folder) {
		Path last = folder.getFileName();
		return last == null ? "Workspace" : last.toString();
	}
}
