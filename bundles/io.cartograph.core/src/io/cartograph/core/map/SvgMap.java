package io.cartograph.core.map;

import java.util.List;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * The layout as SVG: a box per system, a curve per flow ({@link FlowCurve}), thicker the heavier
 * the flow ({@link MapWeight#stroke}), each with a {@code <title>} that browsers show on hover
 * (the same words as the workbench's tooltips, {@link MapLabels}).
 */
public final class SvgMap {

	private SvgMap() {
	}

	public static String of(Layout layout, String title) {
		return of(layout, title, false);
	}

	/** @param withMessages the titles name the flows' messages, and flows without any are dashed */
	public static String of(Layout layout, String title, boolean withMessages) {
		SystemGraph graph = layout.graph();
		StringBuilder svg = new StringBuilder(256 + graph.nodes().size() * 200 + graph.edges().size() * 220);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(layout.totalWidth()).append("\" height=\"")
				.append(layout.totalHeight()).append("\" viewBox=\"0 0 ").append(layout.totalWidth()).append(' ')
				.append(layout.totalHeight()).append("\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n");
		svg.append("<title>").append(escape(title)).append("</title>\n");
		svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
				+ " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#5a6b7b\"/></marker></defs>\n");
		svg.append("<g class=\"flows\" fill=\"none\" stroke=\"#5a6b7b\" stroke-opacity=\"0.7\">\n");
		List<FlowCurve> curves = FlowCurve.all(layout);
		for (int e = 0; e < graph.edges().size(); e++) {
			flow(svg, layout, graph.edges().get(e), curves.get(e), withMessages);
		}
		long[] sent = new long[graph.nodes().size()];
		long[] received = new long[graph.nodes().size()];
		for (Edge edge : graph.edges()) {
			sent[edge.from()] += edge.interfaceCount();
			received[edge.to()] += edge.interfaceCount();
		}
		svg.append("</g>\n<g class=\"systems\">\n");
		for (int v = 0; v < graph.nodes().size(); v++) {
			String name = escape(graph.nodes().get(v));
			svg.append("<g><title>").append(escape(MapLabels.system(graph.nodes().get(v), sent[v], received[v])))
					.append("</title><rect x=\"")
					.append(layout.x()[v]).append("\" y=\"")
					.append(layout.y()[v]).append("\" width=\"").append(layout.width()[v]).append("\" height=\"")
					.append(LayeredLayout.NODE_HEIGHT).append("\" rx=\"5\" fill=\"#e8f0f8\" stroke=\"#2f5f8f\"/><text x=\"")
					.append(layout.x()[v] + layout.width()[v] / 2).append("\" y=\"").append(layout.y()[v] + 18)
					.append("\" text-anchor=\"middle\" fill=\"#10273d\">").append(name).append("</text></g>\n");
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static void flow(StringBuilder svg, Layout layout, Edge edge, FlowCurve curve, boolean withMessages) {
		String title = escape(MapLabels.flowSummary(layout.graph(), edge, withMessages));
		double[] path = curve.path();
		svg.append("<path d=\"M ").append(round(path[0])).append(' ').append(round(path[1]));
		for (int i = 2; i < path.length; i += 6) {
			svg.append(" C ").append(round(path[i])).append(' ').append(round(path[i + 1])).append(' ').append(round(path[i + 2]))
					.append(' ').append(round(path[i + 3])).append(' ').append(round(path[i + 4])).append(' ')
					.append(round(path[i + 5]));
		}
		svg.append("\" stroke-width=\"").append(round(MapWeight.stroke(edge.weight()))).append('"');
		if (withMessages && edge.messages() == 0) {
			// No traffic in the window: dashed, as the workbench draws it.
			svg.append(" stroke-dasharray=\"4 3\"");
		}
		svg.append(" marker-end=\"url(#arrow)\"><title>").append(title).append("</title></path>\n");
	}

	private static String round(double value) {
		long tenths = Math.round(value * 10);
		return tenths % 10 == 0 ? Long.toString(tenths / 10) : Double.toString(tenths / 10.0);
	}

	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
			case '&' -> escaped.append("&amp;");
			case '<' -> escaped.append("&lt;");
			case '>' -> escaped.append("&gt;");
			case '"' -> escaped.append("&quot;");
			default -> escaped.append(Character.isISOControl(c) ? ' ' : c);
			}
		}
		return escaped.toString();
	}
}
