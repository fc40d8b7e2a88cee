package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cartograph.core.map.GeneratedMap;
import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.SvgMap;
import io.cartograph.core.map.SystemGraph;

/**
 * {@code cartograph cli bench-map [--systems N] [--flows M] [--runs R]}: lays out a generated
 * landscape of N systems and M flows (a few hubs carry most flows, as in real landscapes) and
 * writes its SVG, R times after one cold pass; prints the cold and median figures and the
 * crossings. The map view's painting is measured by the map view's gated benchmark test
 * (io.cartograph.ui.map.tests, MapBenchmarkTest).
 */
final class BenchMapCommand implements CliCommand {

	@Override
	public String name() {
		return "bench-map";
	}

	@Override
	public String summary() {
		return "Measure the system map's layout and SVG export on a generated landscape";
	}

	@Override
	public boolean hidden() {
		return true;
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.optional("--systems", "N", "systems (default 500)"),
				CliOption.optional("--flows", "N", "flows between them (default 2000)"),
				CliOption.optional("--runs", "N", "warm runs after the cold one (default 5)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		int systems = (int) arguments.number("--systems", 500, 2, 100_000);
		int flows = (int) arguments.number("--flows", 2000, 1, 1_000_000);
		int runs = (int) arguments.number("--runs", 5, 1, 1_000);
		SystemGraph graph = GeneratedMap.of(systems, flows);
		long[] cold = measure(graph);
		List<Long> layouts = new ArrayList<>();
		List<Long> exports = new ArrayList<>();
		int crossings = 0;
		for (int run = 0; run < runs; run++) {
			long[] warm = measure(graph);
			layouts.add(warm[0]);
			exports.add(warm[1]);
			crossings = (int) warm[2];
		}
		Collections.sort(layouts);
		Collections.sort(exports);
		out.println("systems=" + graph.nodes().size());
		out.println("flows=" + graph.edges().size());
		out.println("layout_cold_ms=" + cold[0] / 1_000_000);
		out.println("svg_cold_ms=" + cold[1] / 1_000_000);
		out.println("layout_median_ms=" + layouts.get(layouts.size() / 2) / 1_000_000);
		out.println("svg_median_ms=" + exports.get(exports.size() / 2) / 1_000_000);
		out.println("crossings=" + crossings);
		return 0;
	}

	/** Nanoseconds of the layout, of the SVG, and the crossings. */
	private static long[] measure(SystemGraph graph) {
		long started = System.nanoTime();
		LayeredLayout.Layout layout = LayeredLayout.of(graph);
		long laidOut = System.nanoTime();
		String svg = SvgMap.of(layout, "bench");
		long written = System.nanoTime();
		if (svg.isEmpty()) {
			throw new IllegalStateException("no SVG");
		}
		return new long[] { laidOut - started, written - laidOut, layout.crossings() };
	}
}
