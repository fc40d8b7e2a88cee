package io.cartograph.core.map;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * The layout as SVG: a box per system, a curve per flow from the right side of the sender to
 * the left side of the receiver (back to front, swinging below, for flows that run against the
 * layers), thicker the more interfaces it carries, each with a {@code <title>} that browsers show
 * on hover.
 */
public final class SvgMap {

	private SvgMap() {
	}

	public static String of(Layout layout, String title) {
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
		for (Edge edge : graph.edges()) {
			flow(svg, layout, edge);
		}
		svg.append("</g>\n<g class=\"systems\">\n");
		for (int v = 0; v < graph.nodes().size(); v++) {
			String name = escape(graph.nodes().get(v));
			svg.append("<g><title>").append(name).append("</title><rect x=\"").append(layout.x()[v]).append("\" y=\"")
					.append(layout.y()[v]).append("\" width=\"").append(layout.width()[v]).append("\" height=\"")
					.append(LayeredLayout.NODE_HEIGHT).append("\" rx=\"5\" fill=\"#e8f0f8\" stroke=\"#2f5f8f\"/><text x=\"")
					.append(layout.x()[v] + layout.width()[v] / 2).append("\" y=\"").append(layout.y()[v] + 18)
					.append("\" text-anchor=\"middle\" fill=\"#10273d\">").append(name).append("</text></g>\n");
		}
		svg.append("</g>\n</svg>\n");
		return svg.toString();
	}

	private static void flow(StringBuilder svg, Layout layout, Edge edge) {
		int from = edge.from();
		int to = edge.to();
		boolean forward = layout.layer()[from] <= layout.layer()[to];
		double x1 = forward ? layout.x()[from] + layout.width()[from] : layout.x()[from];
		double x2 = forward ? layout.x()[to] : layout.x()[to] + layout.width()[to];
		double y1 = layout.y()[from] + LayeredLayout.NODE_HEIGHT / 2.0;
		double y2 = layout.y()[to] + LayeredLayout.NODE_HEIGHT / 2.0;
		double bend = Math.max(40, Math.abs(x2 - x1) / 2);
		double c1 = forward ? x1 + bend : x1 - bend;
		double c2 = forward ? x2 - bend : x2 + bend;
		// A flow against the layers (the way back of a pair) swings below, so that the two stay apart.
		double swing = forward ? 0 : LayeredLayout.NODE_HEIGHT * 1.5;
		double stroke = 1 + Math.log(edge.weight()) / Math.log(2);
		String names = escape(layout.graph().nodes().get(from)) + " \u2192 " + escape(layout.graph().nodes().get(to));
		svg.append("<path d=\"M ").append(round(x1)).append(' ').append(round(y1)).append(" C ").append(round(c1)).append(' ')
				.append(round(y1 + swing)).append(' ').append(round(c2)).append(' ').append(round(y2 + swing)).append(' ').append(round(x2))
				.append(' ').append(round(y2)).append("\" stroke-width=\"").append(round(stroke))
				.append("\" marker-end=\"url(#arrow)\"><title>").append(names).append(": ").append(edge.weight())
				.append(edge.weight() == 1 ? " interface" : " interfaces").append("</title></path>\n");
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
