package io.cartograph.core.map;

import static io.cartograph.core.map.LayeredLayout.COLUMN_GAP;
import static io.cartograph.core.map.LayeredLayout.CHAR_WIDTH;
import static io.cartograph.core.map.LayeredLayout.NODE_HEIGHT;
import static io.cartograph.core.map.LayeredLayout.PADDING;
import static io.cartograph.core.map.LayeredLayout.ROW_GAP;
import static io.cartograph.core.map.LayeredLayout.WAYPOINT_SLOT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.cartograph.core.map.LayeredLayout.Layout;

/** The ordered layers as coordinates: boxes and waypoints in columns, and each flow's route through its waypoints. */
final class LayoutColumns {

	private LayoutColumns() {
	}

	/** Coordinates: a column per layer, centred on the tallest; waypoints take a narrower slot than boxes. */
	static Layout place(SystemGraph graph, int[] layer, List<List<Integer>> order, List<int[]> chains,
			boolean[] reversed) {
		int n = graph.nodes().size();
		int[] width = new int[n];
		for (int v = 0; v < n; v++) {
			width[v] = graph.nodes().get(v).length() * CHAR_WIDTH + 2 * PADDING;
		}
		int all = order.stream().mapToInt(List::size).sum();
		int[] x = new int[n];
		int[] y = new int[n];
		double[] wayLeft = new double[all];
		double[] wayRight = new double[all];
		double[] wayY = new double[all];
		int[] heights = order.stream().mapToInt(nodes -> nodes.stream().mapToInt(v -> slot(v, n)).sum()).toArray();
		int tallest = Arrays.stream(heights).max().orElse(0);
		int left = PADDING;
		List<int[]> rows = new ArrayList<>();
		for (int l = 0; l < order.size(); l++) {
			List<Integer> nodes = order.get(l);
			int columnWidth = nodes.stream().filter(v -> v < n).mapToInt(v -> width[v]).max().orElse(0);
			// Columns are centred on the tallest one, so that a hub sits in the middle of its partners.
			int top = PADDING + (tallest - heights[l]) / 2;
			for (int v : nodes) {
				if (v < n) {
					x[v] = left + (columnWidth - width[v]) / 2;
					y[v] = top;
				} else {
					wayLeft[v] = left;
					wayRight[v] = left + columnWidth;
					wayY[v] = top + WAYPOINT_SLOT / 2.0;
				}
				top += slot(v, n);
			}
			left += columnWidth + COLUMN_GAP;
			rows.add(nodes.stream().filter(v -> v < n).mapToInt(Integer::intValue).toArray());
		}
		List<double[]> routes = new ArrayList<>(chains.size());
		for (int e = 0; e < chains.size(); e++) {
			int[] chain = chains.get(e);
			double[] route = new double[(chain.length - 2) * 4];
			for (int i = 1; i < chain.length - 1; i++) {
				// In the edge's own direction: a reversed edge runs right to left through its waypoints.
				int at = reversed[e] ? chain.length - 2 - i : i - 1;
				int w = chain[i];
				route[at * 4] = reversed[e] ? wayRight[w] : wayLeft[w];
				route[at * 4 + 1] = wayY[w];
				route[at * 4 + 2] = reversed[e] ? wayLeft[w] : wayRight[w];
				route[at * 4 + 3] = wayY[w];
			}
			routes.add(route);
		}
		return new Layout(graph, layer, rows, x, y, width, routes, Math.max(left - COLUMN_GAP + PADDING, 2 * PADDING),
				Math.max(PADDING + tallest + PADDING, 2 * PADDING));
	}

	private static int slot(int v, int systems) {
		return v < systems ? NODE_HEIGHT + ROW_GAP : WAYPOINT_SLOT;
	}
}
