package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * Systems and the flows between them. A flow is every interface from one system to another,
 * counted: its weight is the number of interfaces. Interfaces without both systems, and those
 * from a system to itself, are not drawn (they are counted in {@link #unplaced()}).
 *
 * @param nodes     the systems' names, in first-seen order (the layout's starting order)
 * @param edges     one per ordered pair of systems
 * @param unplaced  interfaces that could not be drawn
 */
public record SystemGraph(List<String> nodes, List<Edge> edges, int unplaced) {

	/** Node indexes; weight = interfaces from {@code from} to {@code to}. */
	public record Edge(int from, int to, int weight) {
	}

	public SystemGraph {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** @param environment only interfaces of this environment (by name); null for all */
	public static SystemGraph of(Collection<Interface> interfaces, String environment) {
		Map<LandscapeSystem, Integer> index = new LinkedHashMap<>();
		Map<Long, int[]> pairs = new LinkedHashMap<>();
		int unplaced = 0;
		for (Interface item : interfaces) {
			if (environment != null
					&& (item.getEnvironment() == null || !environment.equals(item.getEnvironment().getName()))) {
				continue;
			}
			LandscapeSystem sender = item.getSender();
			LandscapeSystem receiver = item.getReceiver();
			if (sender == null || receiver == null || sender == receiver) {
				unplaced++;
				continue;
			}
			int from = index.computeIfAbsent(sender, system -> index.size());
			int to = index.computeIfAbsent(receiver, system -> index.size());
			pairs.computeIfAbsent(((long) from << 32) | to, key -> new int[1])[0]++;
		}
		List<String> nodes = new ArrayList<>();
		index.keySet().forEach(system -> nodes.add(system.getName() == null ? "(unnamed)" : system.getName()));
		List<Edge> edges = new ArrayList<>();
		pairs.forEach((key, count) -> edges.add(new Edge((int) (key >>> 32), (int) (long) key, count[0])));
		return new SystemGraph(nodes, edges, unplaced);
	}
}
