package io.cartograph.ui.map;

import java.util.List;
import java.util.Map;

import io.cartograph.core.map.FlowCurve;
import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.model.landscape.Interface;

/**
 * What the map draws: the layout, its flows' curves (computed once, for painting and
 * hit-testing), the messages per interface and whether they are counted yet.
 *
 * @param byMessages the flows are weighted by messages: a flow without any is drawn dashed
 */
record MapContent(Layout layout, List<FlowCurve> curves, Map<Interface, Long> messages, boolean messagesKnown,
		boolean byMessages) {

	static MapContent of(Layout layout, Map<Interface, Long> messages, boolean messagesKnown, boolean byMessages) {
		return new MapContent(layout, FlowCurve.all(layout), messages, messagesKnown, byMessages);
	}

	SystemGraph graph() {
		return layout.graph();
	}

	/** The node whose box holds a layout point, or -1. */
	int nodeAt(double x, double y) {
		for (int v = 0; v < graph().nodes().size(); v++) {
			if (x >= layout.x()[v] && x <= layout.x()[v] + layout.width()[v] && y >= layout.y()[v]
					&& y <= layout.y()[v] + LayeredLayout.NODE_HEIGHT) {
				return v;
			}
		}
		return -1;
	}

	/** The edge whose curve passes nearest to a layout point, within reach, or -1. */
	int edgeAt(double x, double y, double reach) {
		int best = -1;
		double nearest = reach;
		for (int e = 0; e < curves.size(); e++) {
			FlowCurve curve = curves.get(e);
			double[] bounds = curve.bounds();
			if (x < bounds[0] - reach || x > bounds[0] + bounds[2] + reach || y < bounds[1] - reach
					|| y > bounds[1] + bounds[3] + reach) {
				continue;
			}
			double distance = curve.distanceTo(x, y);
			if (distance <= nearest) {
				nearest = distance;
				best = e;
			}
		}
		return best;
	}
}
