package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A generated landscape for benchmarks: N systems and M flows, a tenth of the systems hubs that
 * send or receive most flows, as in real landscapes. The same sizes give the same graph.
 */
public final class GeneratedMap {

	private GeneratedMap() {
	}

	public static SystemGraph of(int systems, int flows) {
		SplittableRandom random = new SplittableRandom(2026);
		List<String> names = new ArrayList<>();
		for (int i = 0; i < systems; i++) {
			names.add("System " + i);
		}
		int hubs = Math.max(1, systems / 10);
		Set<Long> seen = new HashSet<>();
		List<SystemGraph.Edge> edges = new ArrayList<>();
		int attempts = 0;
		while (edges.size() < flows && attempts++ < flows * 20) {
			int from = random.nextInt(4) == 0 ? random.nextInt(systems) : random.nextInt(hubs);
			int to = random.nextInt(4) == 0 ? random.nextInt(hubs) : random.nextInt(systems);
			if (from != to && seen.add(((long) from << 32) | to)) {
				edges.add(new SystemGraph.Edge(from, to, 1 + random.nextInt(8)));
			}
		}
		return new SystemGraph(names, edges, 0);
	}
}
