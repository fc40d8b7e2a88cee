package io.cartograph.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.cartograph.core.map.GeneratedMap;
import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SvgMap;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.tests.support.swt.SwtDriver;

/**
 * Prints how long the layout and the first paint of a generated map of 500 systems and 2,000
 * flows take in a real canvas (at 100 % and fitted into the window, where every flow is drawn),
 * and its SVG export: the first time in this JVM (cold), then the median of ten fresh canvases
 * (warm). Asserts nothing about time. Run with {@code -Dtycho.testArgLine="-Dcartograph.bench=true"}.
 */
class MapBenchmarkTest {

	private static final int SYSTEMS = 500;
	private static final int FLOWS = 2000;
	private static final int WARM = 10;

	@Test
	@EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void layoutAndFirstPaintOfFiveHundredSystemsAndTwoThousandFlows() {
		SystemGraph graph = GeneratedMap.of(SYSTEMS, FLOWS);
		try (SwtDriver driver = new SwtDriver()) {
			Shell shell = driver.openShell(1400, 900);
			shell.setLayout(new FillLayout());
			shell.open();
			driver.flush();
			long[] cold = firstPaint(driver, shell, graph);
			List<long[]> warm = new ArrayList<>();
			for (int run = 0; run < WARM; run++) {
				warm.add(firstPaint(driver, shell, graph));
			}
			String[] what = { "layout", "first paint at 100 %", "layout + first paint", "first paint fitted (all flows)",
					"SVG export" };
			for (int i = 0; i < what.length; i++) {
				int column = i;
				List<Long> values = new ArrayList<>(warm.stream().map(row -> row[column]).toList());
				Collections.sort(values);
				System.out.printf("map bench: %-32s cold %7.1f ms   warm median %7.1f ms%n", what[i], cold[i] / 1e6,
						values.get(values.size() / 2) / 1e6);
			}
			Layout layout = LayeredLayout.of(graph);
			System.out.printf("map bench: %d systems, %d flows, %d x %d px, %d crossings%n", graph.nodes().size(),
					graph.edges().size(), layout.totalWidth(), layout.totalHeight(), layout.crossings());
			assertTrue(cold[2] > 0);
		}
	}

	/**
	 * Nanoseconds: layout, then until the first paint ended (the flows' curves, show, event loop,
	 * paint), both, the
	 * same for the fitted map, SVG. A fresh canvas each time.
	 */
	private static long[] firstPaint(SwtDriver driver, Shell shell, SystemGraph graph) {
		Composite area = new Composite(shell, 0);
		area.setLayout(new FillLayout());
		MapCanvas map = new MapCanvas(area);
		shell.layout(true, true);
		driver.flush();
		long[] paintedAt = new long[1];
		map.painted = nanos -> paintedAt[0] = System.nanoTime();
		long started = System.nanoTime();
		Layout layout = LayeredLayout.of(graph);
		long laidOut = System.nanoTime();
		map.show(MapContent.of(layout, Map.of(), false, false), "");
		driver.waitUntil("the first paint", () -> paintedAt[0] != 0);
		long shown = paintedAt[0];
		paintedAt[0] = 0;
		long fitStart = System.nanoTime();
		map.fit();
		driver.waitUntil("the fitted paint", () -> paintedAt[0] != 0);
		long fitted = paintedAt[0];
		long svgStart = System.nanoTime();
		String svg = SvgMap.of(layout, "bench");
		long svgDone = System.nanoTime();
		assertTrue(!svg.isEmpty());
		area.dispose();
		return new long[] { laidOut - started, shown - laidOut, shown - started, fitted - fitStart, svgDone - svgStart };
	}
}
