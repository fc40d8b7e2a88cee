package io.cartograph.core.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * Where a flow is drawn: cubic pieces from the right side of the sender, through the waypoints of
 * the layers it skips, to the left side of the receiver. A flow against the layers (the way back
 * of a pair) leaves from the sender's left side and enters at the receiver's right side; between
 * neighbouring layers it swings below, so that a pair's two curves stay apart. The SVG and the
 * workbench's map draw the same curve, and hit-testing uses it.
 *
 * @param path {x, y} of the start, then per cubic piece {c1x, c1y, c2x, c2y, x, y}
 */
public record FlowCurve(double[] path) {

	private static final int SAMPLES = 16;

	/**
	 * The curves of all the layout's flows, index for index with the graph's edges. Where several
	 * flows leave or enter the same side of a box, their ends are spread along the side in the
	 * order of where they go next, so that they fan out instead of meeting in a point.
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
				side.sort(Comparator.comparingDouble(e -> next(layout, e, node)));
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
			curves.add(curve(layout, e, fromY[e], toY[e]));
		}
		return curves;
	}

	private static boolean forward(Layout layout, Edge edge) {
		return layout.layer()[edge.from()] <= layout.layer()[edge.to()];
	}

	/** How far down the flow goes next from this node: its first waypoint or its other end; flows that swing below sort last. */
	private static double next(Layout layout, int e, int node) {
		Edge edge = layout.graph().edges().get(e);
		double[] route = layout.routes().get(e);
		if (route.length > 0) {
			return edge.from() == node ? route[1] : route[route.length - 1];
		}
		int other = edge.from() == node ? edge.to() : edge.from();
		return layout.y()[other] + (forward(layout, edge) ? 0 : 1_000_000);
	}

	private static FlowCurve curve(Layout layout, int e, double y1, double y2) {
		Edge edge = layout.graph().edges().get(e);
		int from = edge.from();
		int to = edge.to();
		boolean forward = forward(layout, edge);
		double[] route = layout.routes().get(e);
		double[] points = new double[route.length + 4];
		points[0] = forward ? layout.x()[from] + layout.width()[from] : layout.x()[from];
		points[1] = y1;
		System.arraycopy(route, 0, points, 2, route.length);
		points[points.length - 2] = forward ? layout.x()[to] : layout.x()[to] + layout.width()[to];
		points[points.length - 1] = y2;
		// Between neighbouring layers the way back swings below its twin.
		double swing = forward || route.length > 0 ? 0 : LayeredLayout.NODE_HEIGHT * 1.5;
		int pieces = points.length / 2 - 1;
		double[] path = new double[2 + 6 * pieces];
		path[0] = points[0];
		path[1] = points[1];
		for (int i = 0; i < pieces; i++) {
			double x1 = points[2 * i];
			double ya = points[2 * i + 1];
			double x2 = points[2 * i + 2];
			double yb = points[2 * i + 3];
			double bend = ya == yb ? Math.abs(x2 - x1) / 3 : Math.max(Math.min(40, Math.abs(x2 - x1)), Math.abs(x2 - x1) / 2);
			double direction = x2 >= x1 ? 1 : -1;
			int at = 2 + 6 * i;
			path[at] = x1 + direction * bend;
			path[at + 1] = ya + swing;
			path[at + 2] = x2 - direction * bend;
			path[at + 3] = yb + swing;
			path[at + 4] = x2;
			path[at + 5] = yb;
		}
		return new FlowCurve(path);
	}

	public double x1() {
		return path[0];
	}

	public double y1() {
		return path[1];
	}

	public double x2() {
		return path[path.length - 2];
	}

	public double y2() {
		return path[path.length - 1];
	}

	/** How many cubic pieces the curve has. */
	public int pieces() {
		return (path.length - 2) / 6;
	}

	/** The point at {@code t} (0 at the sender, 1 at the receiver; each piece takes an equal share). */
	public double[] at(double t) {
		int piece = Math.min(pieces() - 1, (int) Math.floor(Math.clamp(t, 0, 1) * pieces()));
		double local = Math.clamp(t * pieces() - piece, 0, 1);
		int start = 6 * piece;
		double u = 1 - local;
		double a = u * u * u;
		double b = 3 * u * u * local;
		double c = 3 * u * local * local;
		double d = local * local * local;
		return new double[] { a * path[start] + b * path[start + 2] + c * path[start + 4] + d * path[start + 6],
				a * path[start + 1] + b * path[start + 3] + c * path[start + 5] + d * path[start + 7] };
	}

	/** The unit direction in which the curve arrives at the receiver. */
	public double[] endDirection() {
		double dx = path[path.length - 2] - path[path.length - 4];
		double dy = path[path.length - 1] - path[path.length - 3];
		double length = Math.hypot(dx, dy);
		return length == 0 ? new double[] { 1, 0 } : new double[] { dx / length, dy / length };
	}

	/** Approximately how far a point lies from the curve (each piece as {@value #SAMPLES} straight pieces). */
	public double distanceTo(double px, double py) {
		double best = Double.MAX_VALUE;
		int steps = SAMPLES * pieces();
		double[] previous = at(0);
		for (int i = 1; i <= steps; i++) {
			double[] next = at((double) i / steps);
			best = Math.min(best, segmentDistance(px, py, previous, next));
			previous = next;
		}
		return best;
	}

	/** A box that holds the whole curve (the hull of its control points): {x, y, width, height}. */
	public double[] bounds() {
		double left = Double.MAX_VALUE;
		double top = Double.MAX_VALUE;
		double right = -Double.MAX_VALUE;
		double bottom = -Double.MAX_VALUE;
		for (int i = 0; i < path.length; i += 2) {
			left = Math.min(left, path[i]);
			right = Math.max(right, path[i]);
			top = Math.min(top, path[i + 1]);
			bottom = Math.max(bottom, path[i + 1]);
		}
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
