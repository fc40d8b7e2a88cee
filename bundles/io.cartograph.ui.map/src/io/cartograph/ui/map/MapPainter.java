package io.cartograph.ui.map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;

import io.cartograph.core.map.FlowCurve;
import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.MapWeight;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.map.SystemGraph.Edge;

/**
 * Draws a layout with a GC at a scale and an offset: flows first (curves with arrow heads, as
 * thick as their weight), then the systems' boxes on top. Only what lies in the clip is drawn,
 * so that a big map paints as fast as the part of it that is visible. The canvas and the PNG
 * export paint with the same painter.
 */
final class MapPainter {

	/** Below this scale names are unreadable: boxes only. */
	static final double SMALLEST_TEXT_SCALE = 0.35;
	private static final int ARROW = 9;

	private final Color paper;
	private final Color flow;
	private final Color accent;
	private final Color box;
	private final Color boxLine;
	private final Color text;
	private final Color selectedBox;
	private final Color linkedBox;

	MapPainter(Device device) {
		paper = new Color(255, 255, 255);
		flow = new Color(90, 107, 123);
		accent = new Color(214, 96, 20);
		box = new Color(232, 240, 248);
		boxLine = new Color(47, 95, 143);
		text = new Color(16, 39, 61);
		selectedBox = new Color(253, 226, 200);
		linkedBox = new Color(255, 246, 170);
	}

	/**
	 * @param clip in device pixels (after scaling and scrolling)
	 * @param originX the device pixel shown at the left edge, at this scale
	 */
	void paint(GC gc, MapContent content, double scale, double originX, double originY, Rectangle clip, MapEmphasis emphasis) {
		Layout layout = content.layout();
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		gc.setBackground(paper);
		gc.fillRectangle(clip);
		Transform transform = new Transform(gc.getDevice());
		try {
			transform.translate((float) -originX, (float) -originY);
			transform.scale((float) scale, (float) scale);
			gc.setTransform(transform);
			// The clip in layout units, with a margin for strokes and arrow heads.
			double left = (clip.x + originX) / scale - 2 * ARROW;
			double top = (clip.y + originY) / scale - 2 * ARROW;
			double right = (clip.x + clip.width + originX) / scale + 2 * ARROW;
			double bottom = (clip.y + clip.height + originY) / scale + 2 * ARROW;
			SystemGraph graph = layout.graph();
			for (int e = 0; e < graph.edges().size(); e++) {
				Edge edge = graph.edges().get(e);
				FlowCurve curve = content.curves().get(e);
				double[] bounds = curve.bounds();
				if (bounds[0] <= right && bounds[0] + bounds[2] >= left && bounds[1] <= bottom && bounds[1] + bounds[3] >= top) {
					flow(gc, curve, edge, emphasis.flowEmphasis(graph, e), content.byMessages() && content.messagesKnown());
				}
			}
			for (int v = 0; v < graph.nodes().size(); v++) {
				int x = layout.x()[v];
				int y = layout.y()[v];
				if (x <= right && x + layout.width()[v] >= left && y <= bottom && y + LayeredLayout.NODE_HEIGHT >= top) {
					system(gc, layout, v, emphasis, scale);
				}
			}
		} finally {
			gc.setTransform(null);
			transform.dispose();
		}
	}

	private void flow(GC gc, FlowCurve curve, Edge edge, int emphasis, boolean dashIdle) {
		gc.setAlpha(emphasis > 0 ? 255 : emphasis == 0 ? 170 : 45);
		Color colour = emphasis > 0 ? accent : flow;
		gc.setForeground(colour);
		gc.setBackground(colour);
		LineAttributes line = new LineAttributes((float) MapWeight.stroke(edge.weight()));
		line.cap = SWT.CAP_ROUND;
		if (dashIdle && edge.messages() == 0) {
			// No traffic in the window: dashed, so that an idle flow is not mistaken for a thin one.
			line.style = SWT.LINE_DASH;
		}
		gc.setLineAttributes(line);
		Path path = new Path(gc.getDevice());
		double[] direction = curve.endDirection();
		try {
			double[] points = curve.path();
			path.moveTo((float) points[0], (float) points[1]);
			for (int i = 2; i < points.length; i += 6) {
				boolean last = i + 6 >= points.length;
				// Stop short of the box so that the arrow head, not the stroke, touches it.
				double endX = last ? points[i + 4] - direction[0] * ARROW * 0.8 : points[i + 4];
				double endY = last ? points[i + 5] - direction[1] * ARROW * 0.8 : points[i + 5];
				path.cubicTo((float) points[i], (float) points[i + 1], (float) points[i + 2], (float) points[i + 3], (float) endX,
						(float) endY);
			}
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
		gc.setLineAttributes(new LineAttributes(1));
		double size = ARROW + MapWeight.stroke(edge.weight());
		double baseX = curve.x2() - direction[0] * size;
		double baseY = curve.y2() - direction[1] * size;
		double half = size / 2;
		gc.fillPolygon(new int[] { (int) Math.round(curve.x2()), (int) Math.round(curve.y2()),
				(int) Math.round(baseX - direction[1] * half), (int) Math.round(baseY + direction[0] * half),
				(int) Math.round(baseX + direction[1] * half), (int) Math.round(baseY - direction[0] * half) });
		gc.setAlpha(255);
	}

	private void system(GC gc, Layout layout, int v, MapEmphasis emphasis, double scale) {
		int x = layout.x()[v];
		int y = layout.y()[v];
		int width = layout.width()[v];
		int emphasised = emphasis.systemEmphasis(layout.graph(), v);
		boolean linked = v == emphasis.linked();
		gc.setAlpha(emphasised < 0 ? 110 : 255);
		gc.setBackground(v == emphasis.node() ? selectedBox : linked ? linkedBox : box);
		gc.fillRoundRectangle(x, y, width, LayeredLayout.NODE_HEIGHT, 10, 10);
		gc.setForeground(emphasised > 0 || linked ? accent : boxLine);
		gc.setLineAttributes(new LineAttributes(v == emphasis.node() || linked ? 3 : emphasised > 0 ? 2 : 1));
		gc.drawRoundRectangle(x, y, width, LayeredLayout.NODE_HEIGHT, 10, 10);
		gc.setLineAttributes(new LineAttributes(1));
		if (scale >= SMALLEST_TEXT_SCALE) {
			String name = layout.graph().nodes().get(v);
			Point extent = gc.textExtent(name);
			gc.setForeground(text);
			gc.drawText(name, x + (width - extent.x) / 2, y + (LayeredLayout.NODE_HEIGHT - extent.y) / 2, true);
		}
		gc.setAlpha(255);
	}

	void dispose() {
		// Colours made with RGB values alone hold no operating system resources (SWT 3.120+).
	}
}
