package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * Where a flow is drawn: a cubic curve from the right side of the sender to the left side of the
 * receiver; a flow against the layers (the way back of a pair) leaves from the sender's left side,
 * enters at the receiver's right side and swings below, so that a pair's two curves stay apart.
 * The SVG and the workbench's map draw the same curve, and hit-testing uses it.
 */
public record FlowCurve(double x1, double y1, double cx1, double cy1, double cx2, double cy2, double x2, double y2) {

	private static final int SAMPLES = 24;

	/**
	 * The curves of all the layout's flows, index for index with the graph's edges. Where several
	 * flows leave or enter the same side of a box, their ends are spread along the side in the
	 * order of the boxes at their other ends, so that they fan out instead of meeting in a point.
	 */
	public static List<FlowCurve> all(Layout layout) {
		List<Edge> edges = layout.graph().edges();
		int n = layout.graph().nodes().size();
		// Per node, the edges on its right side (index 0) and its left side (index 1).
		List<List<List<Integer>>> sides = new ArrayList<>();
		for (int v = 0; v < n; v++) {
			sides.add(List.of(new ArrayList<>(), new ArrayList<>()));
		}
		for (int e = 0; e < edges.size(); e++) {
			Edge edge = edges.get(e);
			boolean forward = forward(layout, edge);
			sides.get(edge.from()).get(forward ? 0 : 1).add(e);
			sides.get(edge.to()).get(forward ? 1 : 0).add(e);
		}
		double[] fromY = new double[edges.size()];
		double[] toY = new double[edges.size()];
		for (int v = 0; v < n; v++) {
			for (List<Integer> side : sides.get(v)) {
				int node = v;
				side.sort(Comparator.comparingDouble(e -> otherEnd(layout, edges.get(e), node)));
				for (int i = 0; i < side.size(); i++) {
					int e = side.get(i);
					double y = layout.y()[v] + LayeredLayout.NODE_HEIGHT * (i + 1.0) / (side.size() + 1.0);
					if (edges.get(e).from() == v) {
						fromY[e] = y;
					} else {
						toY[e] = y;
					}
				}
			}
		}
		List<FlowCurve> curves = new ArrayList<>(edges.size());
		for (int e = 0; e < edges.size(); e++) {
			curves.add(curve(layout, edges.get(e), fromY[e], toY[e]));
		}
		return curves;
	}

	private static boolean forward(Layout layout, Edge edge) {
		return layout.layer()[edge.from()] <= layout.layer()[edge.to()];
	}

	/** Where the flow's other end lies, downwards; flows that swing below sort last. */
	private static double otherEnd(Layout layout, Edge edge, int node) {
		int other = edge.from() == node ? edge.to() : edge.from();
		return layout.y()[other] + (forward(layout, edge) ? 0 : 1_000_000);
	}

	private static FlowCurve curve(Layout layout, Edge edge, double y1, double y2) {
		int from = edge.from();
		int to = edge.to();
		boolean forward = forward(layout, edge);
		double x1 = forward ? layout.x()[from] + layout.width()[from] : layout.x()[from];
		double x2 = forward ? layout.x()[to] : layout.x()[to] + layout.width()[to];
		double bend = Math.max(40, Math.abs(x2 - x1) / 2);
		double swing = forward ? 0 : LayeredLayout.NODE_HEIGHT * 1.5;
		return new FlowCurve(x1, y1, forward ? x1 + bend : x1 - bend, y1 + swing, forward ? x2 - bend : x2 + bend, y2 + swing,
				x2, y2);
	}

	/** The point at {@code t} (0 at the sender, 1 at the receiver). */
	public double[] at(double t) {
		double u = 1 - t;
		double a = u * u * u;
		double b = 3 * u * u * t;
		double c = 3 * u * t * t;
		double d = t * t * t;
		return new double[] { a * x1 + b * cx1 + c * cx2 + d * x2, a * y1 + b * cy1 + c * cy2 + d * y2 };
	}

	/** Approximately how far a point lies from the curve (the curve as {@value #SAMPLES} straight pieces). */
	public double distanceTo(double px, double py) {
		double best = Double.MAX_VALUE;
		double[] previous = at(0);
		for (int i = 1; i <= SAMPLES; i++) {
			double[] next = at((double) i / SAMPLES);
			best = Math.min(best, segmentDistance(px, py, previous, next));
			previous = next;
		}
		return best;
	}

	/** A box that holds the whole curve (the hull of its control points): {x, y, width, height}. */
	public double[] bounds() {
		double left = Math.min(Math.min(x1, x2), Math.min(cx1, cx2));
		double right = Math.max(Math.max(x1, x2), Math.max(cx1, cx2));
		double top = Math.min(Math.min(y1, y2), Math.min(cy1, cy2));
		double bottom = Math.max(Math.max(y1, y2), Math.max(cy1, cy2));
		return new double[] { left, top, right - left, bottom - top };
	}

	private static double segmentDistance(double px, double py, double[] a, double[] b) {
		double dx = b[0] - a[0];
		double dy = b[1] - a[1];
		double length = dx * dx + dy * dy;
		double t = length == 0 ? 0 : Math.clamp(((px - a[0]) * dx + (py - a[1]) * dy) / length, 0, 1);
		return Math.hypot(px - (a[0] + t * dx), py - (a[1] + t * dy));
	}
}
