package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.SvgMap;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.Environment;

/**
 * {@code cartograph cli map --workspace DIR --out FILE.svg [--environment NAME]}: the system map
 * as SVG: systems and the flows between them (interfaces from sender to receiver, weighted by
 * their number), laid out in layers with crossings kept low. Written atomically.
 */
final class MapCommand implements CliCommand {

	@Override
	public String name() {
		return "map";
	}

	@Override
	public String summary() {
		return "Draw the system map (systems and the flows between them) as SVG";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.required("--out", "FILE.svg", "where to write the map"),
				CliOption.optional("--environment", "NAME", "only the interfaces of this environment"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Path target = Path.of(arguments.value("--out")).toAbsolutePath();
		String environment = arguments.optionalValue("--environment").orElse(null);
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			if (environment != null && model.landscape().getEnvironments().stream().noneMatch(e -> environment.equals(e.getName()))) {
				throw new UsageException("no environment is named '" + environment + "'; the workspace has "
						+ String.join(", ", model.landscape().getEnvironments().stream().map(Environment::getName).toList()));
			}
			SystemGraph graph = SystemGraph.of(model.interfaces().getInterfaces(), environment);
			LayeredLayout.Layout layout = LayeredLayout.of(graph);
			String title = model.landscape().getName() + (environment == null ? "" : " (" + environment + ")");
			try {
				AtomicFiles.writeString(target, SvgMap.of(layout, title));
			} catch (IOException e) {
				throw new WorkspaceException("Cannot write the map to " + target + ": " + e.getMessage(), e);
			}
			out.println("Wrote the map of " + graph.nodes().size() + " systems and " + graph.edges().size() + " flows to "
					+ target + " (" + layout.crossings() + " crossings between neighbouring layers; " + graph.unplaced()
					+ " interfaces without two different systems are not drawn).");
			return 0;
		}
	}
}
