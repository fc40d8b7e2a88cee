package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import io.cartograph.core.map.SystemGraph.Edge;

/**
 * A layered drawing, flows running left to right:
 * <ol>
 * <li>cycles are broken by reversing the edges that close them (found by depth-first search in
 * node order), so that A to B and B to A still draw;</li>
 * <li>each system goes to the layer after the deepest system sending to it (longest path), so a
 * sender stands left of its receivers;</li>
 * <li>within each layer systems are ordered by the mean position of their neighbours in the
 * layer before (then after), sweeping back and forth a few times: the barycentre heuristic,
 * which keeps crossings low;</li>
 * <li>a flow that skips layers passes each layer between through a waypoint of its own, which
 * is ordered with the systems of that layer (a "dummy node"), so that it runs between boxes, not
 * behind them, and its crossings count in the ordering;</li>
 * <li>coordinates: a column per layer, boxes as wide as their names, a narrower slot per waypoint.</li>
 * </ol>
 */
public final class LayeredLayout {

	public static final int NODE_HEIGHT = 28;
	static final int ROW_GAP = 14;
	static final int COLUMN_GAP = 90;
	static final int CHAR_WIDTH = 7;
	static final int PADDING = 16;
	/** The height a waypoint takes in its column. */
	static final int WAYPOINT_SLOT = 14;
	/**
	 * Beyond this many waypoints, flows that skip layers are drawn as single curves instead: a map
	 * that deep and that crossed (a generated 500 systems and 2,000 flows needs some 50,000) takes
	 * most of a second to order and to paint, and is no more readable for it.
	 */
	public static final int MOST_WAYPOINTS = 5_000;
	private static final int SWEEPS = 6;

	/**
	 * @param layer  each node's layer (column)
	 * @param order  each layer's nodes, top to bottom
	 * @param x      left edge of each node
	 * @param y      top edge of each node
	 * @param width  each node's box width
	 * @param routes per edge, the points it passes on its way through the layers between its two
	 *               systems, from sender to receiver: {x, y, x, y, ...} (a waypoint's left and right
	 *               end in its column); empty for an edge between neighbouring layers
	 */
	public record Layout(SystemGraph graph, int[] layer, List<int[]> order, int[] x, int[] y, int[] width,
			List<double[]> routes, int totalWidth, int totalHeight) {

		/** How many pairs of edges between neighbouring layers cross (the quality figure). */
		public int crossings() {
			return LayeredLayout.crossings(graph, layer, position(order, layer.length));
		}
	}

	private LayeredLayout() {
	}

	public static Layout of(SystemGraph graph) {
		int n = graph.nodes().size();
		List<Edge> edges = graph.edges();
		boolean[] reversed = reversed(graph);
		List<Edge> arcs = new ArrayList<>(edges.size());
		for (int e = 0; e < edges.size(); e++) {
			Edge edge = edges.get(e);
			arcs.add(reversed[e] ? new Edge(edge.to(), edge.from(), edge.weight()) : edge);
		}
		int[] realLayer = layers(n, arcs);
		long waypoints = arcs.stream().mapToLong(arc -> Math.max(0, realLayer[arc.to()] - realLayer[arc.from()] - 1)).sum();
		boolean routed = waypoints <= MOST_WAYPOINTS;
		// Waypoints: node indexes from n on, one per layer an arc skips.
		List<Integer> layerOf = new ArrayList<>();
		Arrays.stream(realLayer).forEach(layerOf::add);
		List<int[]> chains = new ArrayList<>(arcs.size());
		List<Edge> segments = new ArrayList<>();
		for (Edge arc : arcs) {
			int span = routed ? realLayer[arc.to()] - realLayer[arc.from()] : 1;
			int[] chain = new int[span + 1];
			chain[0] = arc.from();
			for (int i = 1; i < span; i++) {
				chain[i] = layerOf.size();
				layerOf.add(realLayer[arc.from()] + i);
			}
			chain[span] = arc.to();
			for (int i = 0; i < span; i++) {
				segments.add(new Edge(chain[i], chain[i + 1], arc.weight()));
			}
			chains.add(chain);
		}
		int all = layerOf.size();
		int layers = Arrays.stream(realLayer).max().orElse(-1) + 1;
		List<List<Integer>> order = new ArrayList<>();
		for (int l = 0; l < layers; l++) {
			order.add(new ArrayList<>());
		}
		for (int v = 0; v < all; v++) {
			order.get(layerOf.get(v)).add(v);
		}
		List<List<Integer>> incoming = neighbours(all, segments, true);
		List<List<Integer>> outgoing = neighbours(all, segments, false);
		int[] position = position(order.stream().map(nodes -> nodes.stream().mapToInt(Integer::intValue).toArray()).toList(), all);
		double[] key = new double[all];
		for (int sweep = 0; sweep < SWEEPS; sweep++) {
			boolean down = sweep % 2 == 0;
			for (int i = 1; i < layers; i++) {
				int l = down ? i : layers - 1 - i;
				sortByBarycentre(order.get(l), down ? incoming : outgoing, position, key);
				int p = 0;
				for (int v : order.get(l)) {
					position[v] = p++;
				}
			}
		}
		return LayoutColumns.place(graph, realLayer, order, chains, reversed);
	}

	/**
	 * Which edges to reverse, for the layout only, so that no cycle remains: those that close a
	 * cycle (back edges of a depth-first search in node order). None is dropped.
	 */
	private static boolean[] reversed(SystemGraph graph) {
		int n = graph.nodes().size();
		List<List<Integer>> out = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			out.add(new ArrayList<>());
		}
		for (int e = 0; e < graph.edges().size(); e++) {
			out.get(graph.edges().get(e).from()).add(e);
		}
		boolean[] reversed = new boolean[graph.edges().size()];
		int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
		int[] stack = new int[n];
		int[] next = new int[n];
		for (int root = 0; root < n; root++) {
			if (state[root] != 0) {
				continue;
			}
			// Iterative: a long chain of systems must not overflow the stack.
			int top = 0;
			stack[top++] = root;
			state[root] = 1;
			while (top > 0) {
				int v = stack[top - 1];
				if (next[v] < out.get(v).size()) {
					int e = out.get(v).get(next[v]++);
					int to = graph.edges().get(e).to();
					if (state[to] == 1) {
						reversed[e] = true;
					} else if (state[to] == 0) {
						state[to] = 1;
						stack[top++] = to;
					}
				} else {
					state[v] = 2;
					top--;
				}
			}
		}
		return reversed;
	}

	/** Longest path from the sources, in topological order (Kahn). */
	private static int[] layers(int n, List<Edge> edges) {
		int[] indegree = new int[n];
		List<List<Integer>> out = neighbours(n, edges, false);
		edges.forEach(edge -> indegree[edge.to()]++);
		int[] layer = new int[n];
		int[] queue = new int[n];
		int head = 0;
		int tail = 0;
		for (int v = 0; v < n; v++) {
			if (indegree[v] == 0) {
				queue[tail++] = v;
			}
		}
		while (head < tail) {
			int v = queue[head++];
			for (int w : out.get(v)) {
				layer[w] = Math.max(layer[w], layer[v] + 1);
				if (--indegree[w] == 0) {
					queue[tail++] = w;
				}
			}
		}
		return layer;
	}

	private static List<List<Integer>> neighbours(int n, List<Edge> edges, boolean incoming) {
		List<List<Integer>> lists = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			lists.add(new ArrayList<>());
		}
		for (Edge edge : edges) {
			if (incoming) {
				lists.get(edge.to()).add(edge.from());
			} else {
				lists.get(edge.from()).add(edge.to());
			}
		}
		return lists;
	}

	/** Stable: nodes without neighbours on that side keep their place relative to each other. */
	private static void sortByBarycentre(List<Integer> nodes, List<List<Integer>> neighbours, int[] position, double[] key) {
		for (int i = 0; i < nodes.size(); i++) {
			int v = nodes.get(i);
			List<Integer> around = neighbours.get(v);
			if (around.isEmpty()) {
				key[v] = i;
			} else {
				double sum = 0;
				for (int w : around) {
					sum += position[w];
				}
				key[v] = sum / around.size();
			}
		}
		nodes.sort(Comparator.comparingDouble(v -> key[v]));
	}

	static int[] position(List<int[]> order, int n) {
		int[] position = new int[n];
		for (int[] nodes : order) {
			for (int p = 0; p < nodes.length; p++) {
				position[nodes[p]] = p;
			}
		}
		return position;
	}

	/** Pairs of edges between the same two neighbouring layers that cross, counted the plain way. */
	static int crossings(SystemGraph graph, int[] layer, int[] position) {
		List<Edge> adjacent = new ArrayList<>();
		for (Edge edge : graph.edges()) {
			if (Math.abs(layer[edge.from()] - layer[edge.to()]) == 1) {
				boolean forward = layer[edge.from()] < layer[edge.to()];
				adjacent.add(forward ? edge : new Edge(edge.to(), edge.from(), edge.weight()));
			}
		}
		int count = 0;
		for (int i = 0; i < adjacent.size(); i++) {
			for (int j = i + 1; j < adjacent.size(); j++) {
				Edge a = adjacent.get(i);
				Edge b = adjacent.get(j);
				if (layer[a.from()] == layer[b.from()] && a.from() != b.from() && a.to() != b.to()
						&& Integer.signum(position[a.from()] - position[b.from()]) != Integer.signum(position[a.to()] - position[b.to()])) {
					count++;
				}
			}
		}
		return count;
	}
}
