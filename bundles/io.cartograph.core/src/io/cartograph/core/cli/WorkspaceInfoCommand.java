package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.List;

import io.cartograph.core.Json;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceInfo;

/** {@code cartograph cli workspace info --workspace DIR [--json]} */
final class WorkspaceInfoCommand implements CliCommand {

	@Override
	public String name() {
		return "workspace info";
	}

	@Override
	public String summary() {
		return "Describe a workspace: name, age, size, store and what the model holds";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.required("--workspace", "DIR", "the workspace folder"),
				CliOption.flag("--json", "print JSON instead of text"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		WorkspaceInfo info;
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			info = workspace.info();
		}
		if (arguments.has("--json")) {
			out.println(Json.write(info.asMap()));
		} else {
			out.print(info.describe());
		}
		return 0;
	}
}
