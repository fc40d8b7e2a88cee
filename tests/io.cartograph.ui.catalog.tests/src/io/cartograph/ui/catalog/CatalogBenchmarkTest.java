package io.cartograph.ui.catalog;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.model.landscape.Interface;

/**
 * Prints how long reading, filtering and sorting take over 100,000 generated interfaces; asserts
 * nothing about time. Run with {@code -Dtycho.testArgLine="-Dcartograph.bench=true"}.
 */
class CatalogBenchmarkTest {

	private static final int INTERFACES = 100_000;
	private static final int ROUNDS = 20;

	@TempDir
	Path temp;

	@Test
	@EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void filterAndSortAHundredThousandInterfaces() {
		try (WorkspaceSession session = new WorkspaceSession()) {
			session.switchTo(Workspace.create(temp.resolve("ws"), "Bench"));
			LandscapeModel model = session.model().orElseThrow();
			SampleLandscape.fill(model, INTERFACES, SampleLandscape.SEED);
			Interface some = model.interfaces().getInterfaces().get(4_242);
			for (int warm = 0; warm < 3; warm++) {
				new CatalogRows(model.interfaces().getInterfaces()).visible(Map.of(), some.getName(), null, true);
			}
			long start = System.nanoTime();
			CatalogRows rows = new CatalogRows(model.interfaces().getInterfaces());
			report("read " + rows.size() + " interfaces", System.nanoTime() - start, 1);

			Map<CatalogColumn, String> byStatus = new EnumMap<>(CatalogColumn.class);
			byStatus.put(CatalogColumn.STATUS, some.getStatus());
			time("column filter (Status)", () -> rows.visible(byStatus, "", null, true));
			time("full-text search (a name)", () -> rows.visible(Map.of(), some.getName(), null, true));
			time("full-text search (no match)", () -> rows.visible(Map.of(), "no such text anywhere", null, true));
			start = System.nanoTime();
			rows.visible(Map.of(), "", CatalogColumn.NAME, true);
			report("first sort by Name (builds the order)", System.nanoTime() - start, 1);
			time("sorted by Name, column + full-text filter",
					() -> rows.visible(byStatus, "a", CatalogColumn.NAME, false));
		}
	}

	private static void time(String what, Runnable run) {
		long start = System.nanoTime();
		for (int round = 0; round < ROUNDS; round++) {
			run.run();
		}
		report(what, System.nanoTime() - start, ROUNDS);
	}

	private static void report(String what, long nanos, int rounds) {
		System.out.printf("catalog bench: %-45s %8.1f ms%n", what, nanos / 1e6 / rounds);
	}
}
