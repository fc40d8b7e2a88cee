package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;

/**
 * Systems and the flows between them. A flow is every interface from one system to another that
 * the filter admits; its weight is the number of those interfaces or the messages they processed.
 * Interfaces without both systems, and those from a system to itself, are not drawn (they are
 * counted in {@link #unplaced()}).
 *
 * @param nodes     the systems' names, in first-seen order (the layout's starting order)
 * @param systems   the systems themselves, index for index with the names; empty for a generated graph
 * @param edges     one per ordered pair of systems
 * @param unplaced  admitted interfaces that could not be drawn
 */
public record SystemGraph(List<String> nodes, List<LandscapeSystem> systems, List<Edge> edges, int unplaced) {

	/**
	 * Node indexes; weight = interfaces from {@code from} to {@code to}, or their messages.
	 *
	 * @param interfaces the interfaces of the flow, in the order of the catalog
	 * @param messages   the messages they processed (0 when unknown)
	 */
	public record Edge(int from, int to, long weight, List<Interface> interfaces, long messages) {

		public Edge {
			interfaces = List.copyOf(interfaces);
		}

		/** A flow known only by its weight (generated landscapes, tests). */
		public Edge(int from, int to, long weight) {
			this(from, to, weight, List.of(), 0);
		}

		/** How many interfaces the flow carries: those listed, or the weight of a generated flow. */
		public long interfaceCount() {
			return interfaces.isEmpty() ? weight : interfaces.size();
		}
	}

	public SystemGraph {
		nodes = List.copyOf(nodes);
		systems = List.copyOf(systems);
		edges = List.copyOf(edges);
	}

	/** A graph of names only, without the model behind it (generated landscapes, tests). */
	public SystemGraph(List<String> nodes, List<Edge> edges, int unplaced) {
		this(nodes, List.of(), edges, unplaced);
	}

	/** @param environment only interfaces of this environment (by name); null for all */
	public static SystemGraph of(Collection<Interface> interfaces, String environment) {
		return of(interfaces, MapFilter.environment(environment), MapWeight.INTERFACES, Map.of());
	}

	/**
	 * @param messages messages per interface (see {@link MapTraffic}); interfaces it lacks count 0
	 */
	public static SystemGraph of(Collection<Interface> interfaces, MapFilter filter, MapWeight weight,
			Map<Interface, Long> messages) {
		Map<LandscapeSystem, Integer> index = new LinkedHashMap<>();
		Map<Long, List<Interface>> pairs = new LinkedHashMap<>();
		int unplaced = 0;
		for (Interface item : interfaces) {
			if (!filter.admits(item)) {
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
			pairs.computeIfAbsent(((long) from << 32) | to, key -> new ArrayList<>()).add(item);
		}
		List<String> nodes = new ArrayList<>();
		index.keySet().forEach(system -> nodes.add(system.getName() == null ? "(unnamed)" : system.getName()));
		List<Edge> edges = new ArrayList<>();
		pairs.forEach((key, flow) -> {
			long traffic = flow.stream().mapToLong(item -> messages.getOrDefault(item, 0L)).sum();
			edges.add(new Edge((int) (key >>> 32), (int) (long) key, weight == MapWeight.MESSAGES ? traffic : flow.size(), flow,
					traffic));
		});
		return new SystemGraph(nodes, List.copyOf(index.keySet()), edges, unplaced);
	}

	/** The system of a node; empty for a generated graph. */
	public Optional<LandscapeSystem> system(int node) {
		return node < systems.size() ? Optional.of(systems.get(node)) : Optional.empty();
	}

	/** The node of a system; -1 when the map does not draw it. */
	public int node(LandscapeSystem system) {
		return systems.indexOf(system);
	}

	/** Interfaces the node's system sends to other drawn systems. */
	public long interfacesFrom(int node) {
		return edges.stream().filter(edge -> edge.from() == node).mapToLong(Edge::interfaceCount).sum();
	}

	/** Interfaces the node's system receives from other drawn systems. */
	public long interfacesTo(int node) {
		return edges.stream().filter(edge -> edge.to() == node).mapToLong(Edge::interfaceCount).sum();
	}

	/** The edges from or to a node. */
	public List<Edge> edgesOf(int node) {
		return edges.stream().filter(edge -> edge.from() == node || edge.to() == node).toList();
	}
}
