package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.MapFilter;
import io.cartograph.core.map.MapTags;
import io.cartograph.core.map.MapTraffic;
import io.cartograph.core.map.MapWeight;
import io.cartograph.core.map.SvgMap;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.store.HarvestedData;

/**
 * {@code cartograph cli map --workspace DIR --out FILE.svg [--environment NAME] [--tag C:V]
 * [--integration NAME] [--weight interfaces|messages]}: the system map as SVG: systems and the
 * flows between them (interfaces from sender to receiver, weighted by their number or their
 * messages), laid out in layers with crossings kept low, filtered as the map view filters.
 * Written atomically.
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
				CliOption.optional("--environment", "NAME", "only the interfaces of this environment"),
				CliOption.optional("--tag", "CATEGORY:VALUE", "only interfaces carrying the tag, or whose systems carry it"),
				CliOption.optional("--integration", "NAME", "only the interfaces of this end-to-end integration"),
				CliOption.optional("--weight", "interfaces|messages",
						"what makes a flow thicker (default interfaces; messages counts the last " + MapTraffic.DAYS + " days)"));
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
			MapFilter filter = new MapFilter(environment, tag(model, arguments.optionalValue("--tag").orElse(null)),
					integration(model, arguments.optionalValue("--integration").orElse(null)));
			MapWeight weight = weight(arguments.optionalValue("--weight").orElse("interfaces"));
			Map<Interface, Long> messages = weight == MapWeight.MESSAGES
					? MapTraffic.since(HarvestedData.of(workspace.store()), model.interfaces().getInterfaces(),
							Instant.now().minus(MapTraffic.DAYS, ChronoUnit.DAYS))
					: Map.of();
			SystemGraph graph = SystemGraph.of(model.interfaces().getInterfaces(), filter, weight, messages);
			LayeredLayout.Layout layout = LayeredLayout.of(graph);
			String kept = filter.describe();
			String title = model.landscape().getName() + (kept.isEmpty() ? "" : " (" + kept + ")");
			String svg = SvgMap.of(layout, title, weight == MapWeight.MESSAGES);
			try {
				AtomicFiles.writeString(target, svg);
			} catch (IOException e) {
				throw new WorkspaceException("Cannot write the map to " + target + ": " + e.getMessage(), e);
			}
			out.println("Wrote the map of " + graph.nodes().size() + " systems and " + graph.edges().size() + " flows to "
					+ target + " (" + layout.crossings() + " crossings between neighbouring layers; " + graph.unplaced()
					+ " interfaces without two different systems are not drawn).");
			return 0;
		}
	}

	/** "Criticality: High" (or "Criticality=High"); a value name alone when it is unambiguous. */
	private static TagValue tag(LandscapeModel model, String text) throws UsageException {
		if (text == null) {
			return null;
		}
		List<TagValue> all = model.landscape().getTagCategories().stream().flatMap(category -> category.getValues().stream()).toList();
		String wanted = text.replace('=', ':').replaceAll("\\s*:\\s*", ": ").trim();
		List<TagValue> found = all.stream().filter(tag -> MapTags.label(tag).equalsIgnoreCase(wanted)).toList();
		if (found.isEmpty()) {
			found = all.stream().filter(tag -> wanted.equalsIgnoreCase(tag.getName())).toList();
		}
		if (found.size() != 1) {
			throw new UsageException((found.isEmpty() ? "no tag is named '" : "more than one tag is named '") + text
					+ "'; the workspace has " + String.join(", ", all.stream().map(MapTags::label).toList()));
		}
		return found.get(0);
	}

	private static EndToEndIntegration integration(LandscapeModel model, String name) throws UsageException {
		if (name == null) {
			return null;
		}
		return model.integrations().getIntegrations().stream().filter(item -> name.equals(item.getName())).findFirst()
				.orElseThrow(() -> new UsageException("no end-to-end integration is named '" + name + "'"));
	}

	private static MapWeight weight(String text) throws UsageException {
		for (MapWeight weight : MapWeight.values()) {
			if (weight.label().equals(text)) {
				return weight;
			}
		}
		throw new UsageException("--weight is interfaces or messages, not '" + text + "'");
	}
}
