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
 * <li>coordinates: a column per layer, rows spaced evenly, boxes as wide as their names.</li>
 * </ol>
 * Edges that skip layers are drawn as curves without bends (no dummy nodes): simpler, and a
 * landscape's maps are wide rather than deep.
 */
public final class LayeredLayout {

	public static final int NODE_HEIGHT = 28;
	static final int ROW_GAP = 14;
	static final int COLUMN_GAP = 90;
	static final int CHAR_WIDTH = 7;
	static final int PADDING = 16;
	private static final int SWEEPS = 6;

	/**
	 * @param layer  each node's layer (column)
	 * @param order  each layer's nodes, top to bottom
	 * @param x      left edge of each node
	 * @param y      top edge of each node
	 * @param width  each node's box width
	 */
	public record Layout(SystemGraph graph, int[] layer, List<int[]> order, int[] x, int[] y, int[] width, int totalWidth,
			int totalHeight) {

		/** How many pairs of edges between neighbouring layers cross (the quality figure). */
		public int crossings() {
			return LayeredLayout.crossings(graph, layer, position(order, layer.length));
		}
	}

	private LayeredLayout() {
	}

	public static Layout of(SystemGraph graph) {
		int n = graph.nodes().size();
		List<Edge> edges = acyclic(graph);
		int[] layer = layers(n, edges);
		int layers = Arrays.stream(layer).max().orElse(-1) + 1;
		List<List<Integer>> order = new ArrayList<>();
		for (int l = 0; l < layers; l++) {
			order.add(new ArrayList<>());
		}
		for (int v = 0; v < n; v++) {
			order.get(layer[v]).add(v);
		}
		List<List<Integer>> incoming = neighbours(n, edges, true);
		List<List<Integer>> outgoing = neighbours(n, edges, false);
		int[] position = position(order.stream().map(nodes -> nodes.stream().mapToInt(Integer::intValue).toArray()).toList(), n);
		for (int sweep = 0; sweep < SWEEPS; sweep++) {
			boolean down = sweep % 2 == 0;
			for (int i = 1; i < layers; i++) {
				int l = down ? i : layers - 1 - i;
				sortByBarycentre(order.get(l), down ? incoming : outgoing, position);
				int p = 0;
				for (int v : order.get(l)) {
					position[v] = p++;
				}
			}
		}
		return place(graph, layer, order);
	}

	/** Reverses edges that close a cycle (back edges of a depth-first search), drops none. */
	private static List<Edge> acyclic(SystemGraph graph) {
		int n = graph.nodes().size();
		List<List<Edge>> out = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			out.add(new ArrayList<>());
		}
		graph.edges().forEach(edge -> out.get(edge.from()).add(edge));
		int[] state = new int[n]; // 0 new, 1 on the stack, 2 done
		List<Edge> result = new ArrayList<>();
		for (int root = 0; root < n; root++) {
			if (state[root] != 0) {
				continue;
			}
			// Iterative: a long chain of systems must not overflow the stack.
			int[] stack = new int[n];
			int[] next = new int[n];
			int top = 0;
			stack[top++] = root;
			state[root] = 1;
			while (top > 0) {
				int v = stack[top - 1];
				if (next[v] < out.get(v).size()) {
					Edge edge = out.get(v).get(next[v]++);
					if (state[edge.to()] == 1) {
						result.add(new Edge(edge.to(), edge.from(), edge.weight()));
					} else {
						result.add(edge);
						if (state[edge.to()] == 0) {
							state[edge.to()] = 1;
							stack[top++] = edge.to();
						}
					}
				} else {
					state[v] = 2;
					top--;
				}
			}
		}
		return result;
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
	private static void sortByBarycentre(List<Integer> nodes, List<List<Integer>> neighbours, int[] position) {
		double[] key = new double[position.length];
		for (int i = 0; i < nodes.size(); i++) {
			int v = nodes.get(i);
			List<Integer> around = neighbours.get(v);
			key[v] = around.isEmpty() ? i : around.stream().mapToInt(w -> position[w]).average().orElse(i);
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

	private static Layout place(SystemGraph graph, int[] layer, List<List<Integer>> order) {
		int n = graph.nodes().size();
		int[] width = new int[n];
		for (int v = 0; v < n; v++) {
			width[v] = graph.nodes().get(v).length() * CHAR_WIDTH + 2 * PADDING;
		}
		int[] x = new int[n];
		int[] y = new int[n];
		int left = PADDING;
		int tallest = order.stream().mapToInt(List::size).max().orElse(0);
		int height = PADDING + tallest * (NODE_HEIGHT + ROW_GAP);
		List<int[]> rows = new ArrayList<>();
		for (List<Integer> nodes : order) {
			int columnWidth = nodes.stream().mapToInt(v -> width[v]).max().orElse(0);
			// Columns are centred on the tallest one, so that a hub sits in the middle of its partners.
			int top = PADDING + (tallest - nodes.size()) * (NODE_HEIGHT + ROW_GAP) / 2;
			for (int p = 0; p < nodes.size(); p++) {
				int v = nodes.get(p);
				x[v] = left + (columnWidth - width[v]) / 2;
				y[v] = top + p * (NODE_HEIGHT + ROW_GAP);
			}
			left += columnWidth + COLUMN_GAP;
			rows.add(nodes.stream().mapToInt(Integer::intValue).toArray());
		}
		return new Layout(graph, layer, rows, x, y, width, Math.max(left - COLUMN_GAP + PADDING, 2 * PADDING),
				Math.max(height + PADDING, 2 * PADDING));
	}
}
