package io.cartograph.ui.map;

import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * What the map stands out: the selected system (and the flows and partners around it) or the
 * selected flow (and its two systems), and the system the active editor shows. -1 for none.
 */
record MapEmphasis(int node, int edge, int linked) {

	static final MapEmphasis NONE = new MapEmphasis(-1, -1, -1);

	boolean any() {
		return node >= 0 || edge >= 0;
	}

	/** 1 to stand out, 0 as usual, -1 to fade behind what is selected. */
	int flowEmphasis(SystemGraph graph, int index) {
		if (!any()) {
			return 0;
		}
		Edge flow = graph.edges().get(index);
		return index == edge || flow.from() == node || flow.to() == node ? 1 : -1;
	}

	/** 1 for the selection's partners (or a selected flow's ends), 0 for the selection itself or as usual, -1 to fade. */
	int systemEmphasis(SystemGraph graph, int v) {
		if (!any() || v == node) {
			return 0;
		}
		if (edge >= 0) {
			Edge flow = graph.edges().get(edge);
			return v == flow.from() || v == flow.to() ? 1 : -1;
		}
		for (Edge flow : graph.edges()) {
			if (flow.from() == node && flow.to() == v || flow.to() == node && flow.from() == v) {
				return 1;
			}
		}
		return -1;
	}
}
