package io.cartograph.ui.map;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.ScrollBar;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.MapLabels;
import io.cartograph.core.map.SystemGraph;

/**
 * The map on screen: a canvas that paints the content at a scale, scrolled (its scroll bars stay
 * in step), with the selection and the linked system emphasised; what the mouse and the keys do
 * is {@link MapPointer}'s.
 */
final class MapCanvas {

	static final double SMALLEST = 0.05;
	static final double LARGEST = 4;
	static final double STEP = 1.25;
	/** How near (in screen pixels) the pointer must be to a flow to be over it. */
	private static final int REACH = 5;
	static final int SCROLL = 40;

	interface Listener {
		/** Selection changed: the node, or the edge, or neither (-1). */
		void selected(int node, int edge);

		/** A double-click on a node or an edge. */
		void opened(int node, int edge);
	}

	final Canvas canvas;
	private final MapPainter painter;
	private MapContent content;
	private String empty = "";
	/** Fit was asked for before the canvas had a size: fit at the first resize. */
	private boolean fitPending;
	private double scale = 1;
	private double originX;
	private double originY;
	private int node = -1;
	private int edge = -1;
	private int linked = -1;
	private Listener listener;
	/** Told after every paint with the nanoseconds it took (the benchmark listens). */
	Consumer<Long> painted = nanos -> {
	};

	MapCanvas(Composite parent) {
		canvas = new Canvas(parent, SWT.H_SCROLL | SWT.V_SCROLL | SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		painter = new MapPainter(canvas.getDisplay());
		canvas.addListener(SWT.Paint, this::paint);
		canvas.addListener(SWT.Resize, event -> {
			if (fitPending) {
				fit();
			} else {
				scrolled();
			}
		});
		canvas.getHorizontalBar().addListener(SWT.Selection, event -> scrollTo(canvas.getHorizontalBar().getSelection(), originY));
		canvas.getVerticalBar().addListener(SWT.Selection, event -> scrollTo(originX, canvas.getVerticalBar().getSelection()));
		new MapPointer(this).listen();
		canvas.addListener(SWT.Dispose, event -> painter.dispose());
	}

	void listen(Listener next) {
		listener = next;
	}

	/**
	 * Draws other content (or none: then the empty text). The selection stays when its system is
	 * still drawn at the same index; a new map keeps the scale.
	 */
	void show(MapContent next, String emptyText) {
		boolean keep = content != null && next != null && node >= 0 && node < next.graph().nodes().size()
				&& content.graph().nodes().get(node).equals(next.graph().nodes().get(node));
		content = next;
		empty = emptyText;
		if (!keep) {
			node = -1;
		}
		edge = -1;
		canvas.setToolTipText(null);
		scrolled();
		canvas.redraw();
	}

	MapContent content() {
		return content;
	}

	Layout layout() {
		return content == null ? null : content.layout();
	}

	/** What the canvas says when there is nothing to draw; empty while it draws a map. */
	String emptyText() {
		return hasMap() ? "" : empty;
	}

	boolean hasMap() {
		return content != null && !content.graph().nodes().isEmpty();
	}

	double scale() {
		return scale;
	}

	/** Zooms keeping the layout point under the anchor (canvas pixels) in place. */
	void zoomTo(double next, int anchorX, int anchorY) {
		double clamped = Math.clamp(next, SMALLEST, LARGEST);
		double layoutX = (anchorX + originX) / scale;
		double layoutY = (anchorY + originY) / scale;
		scale = clamped;
		originX = layoutX * scale - anchorX;
		originY = layoutY * scale - anchorY;
		scrolled();
		canvas.redraw();
	}

	void zoomIn() {
		Rectangle area = canvas.getClientArea();
		zoomTo(scale * STEP, area.width / 2, area.height / 2);
	}

	void zoomOut() {
		Rectangle area = canvas.getClientArea();
		zoomTo(scale / STEP, area.width / 2, area.height / 2);
	}

	/** The whole map in the window (never larger than 100 %). */
	void fit() {
		Rectangle area = canvas.getClientArea();
		fitPending = area.width <= 0 || area.height <= 0;
		if (content != null && !fitPending) {
			scale = Math.clamp(Math.min(1.0, Math.min((double) area.width / layout().totalWidth(),
					(double) area.height / layout().totalHeight())), SMALLEST, LARGEST);
		}
		originX = 0;
		originY = 0;
		scrolled();
		canvas.redraw();
	}

	/** Where a layout point appears on the canvas, in canvas pixels. */
	Point toCanvas(double layoutX, double layoutY) {
		return new Point((int) Math.round(layoutX * scale - originX), (int) Math.round(layoutY * scale - originY));
	}

	/** The node under a canvas point, or -1. */
	int nodeAt(int x, int y) {
		return content == null ? -1 : content.nodeAt((x + originX) / scale, (y + originY) / scale);
	}

	/** The edge nearest to a canvas point, within reach, or -1. */
	int edgeAt(int x, int y) {
		return content == null ? -1 : content.edgeAt((x + originX) / scale, (y + originY) / scale, REACH / scale);
	}

	int selectedNode() {
		return node;
	}

	int selectedEdge() {
		return edge;
	}

	int linkedNode() {
		return linked;
	}

	void select(int nextNode, int nextEdge) {
		if (nextNode == node && nextEdge == edge) {
			return;
		}
		node = nextNode;
		edge = nextEdge;
		canvas.redraw();
		if (listener != null) {
			listener.selected(node, edge);
		}
	}

	/** The system the active editor shows (-1 for none), drawn highlighted; scrolled into view. */
	void link(int next) {
		if (next == linked) {
			return;
		}
		linked = next;
		if (next >= 0 && content != null) {
			reveal(next);
		}
		canvas.redraw();
	}

	/** What the tooltip says over a canvas point; null over empty space. */
	String hoverText(int x, int y) {
		int v = nodeAt(x, y);
		if (v >= 0) {
			return MapLabels.system(content.graph(), v);
		}
		int e = edgeAt(x, y);
		return e < 0 ? null
				: MapLabels.flow(content.graph(), content.graph().edges().get(e), content.messages(), content.messagesKnown());
	}

	private void reveal(int v) {
		Layout layout = content.layout();
		Rectangle area = canvas.getClientArea();
		Point at = toCanvas(layout.x()[v], layout.y()[v]);
		int width = (int) (layout.width()[v] * scale);
		if (at.x < 0 || at.y < 0 || at.x + width > area.width || at.y + LayeredLayout.NODE_HEIGHT * scale > area.height) {
			scrollTo(originX + at.x + width / 2.0 - area.width / 2.0, originY + at.y - area.height / 2.0);
		}
	}

	private void paint(Event event) {
		long started = System.nanoTime();
		Rectangle clip = new Rectangle(event.x, event.y, event.width, event.height);
		if (!hasMap()) {
			event.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
			event.gc.fillRectangle(clip);
			event.gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
			Rectangle area = canvas.getClientArea();
			Point extent = event.gc.textExtent(empty);
			event.gc.drawText(empty, (area.width - extent.x) / 2, (area.height - extent.y) / 2, true);
			return;
		}
		painter.paint(event.gc, content, scale, originX, originY, clip, new MapEmphasis(node, edge, linked));
		painted.accept(System.nanoTime() - started);
	}

	/** Keeps the origin within the map (centred when the map is smaller than the window) and the bars in step. */
	private void scrolled() {
		Rectangle area = canvas.getClientArea();
		double width = content == null ? 0 : layout().totalWidth() * scale;
		double height = content == null ? 0 : layout().totalHeight() * scale;
		// A map smaller than the window stands in its middle.
		originX = width <= area.width ? -(area.width - width) / 2 : Math.clamp(originX, 0, width - area.width);
		originY = height <= area.height ? -(area.height - height) / 2 : Math.clamp(originY, 0, height - area.height);
		bar(canvas.getHorizontalBar(), originX, width, area.width);
		bar(canvas.getVerticalBar(), originY, height, area.height);
	}

	private static void bar(ScrollBar bar, double origin, double content, int visible) {
		int maximum = (int) Math.ceil(Math.max(content, 1));
		int thumb = Math.max(1, Math.min(visible, maximum));
		bar.setValues((int) Math.max(0, origin), 0, maximum, thumb, SCROLL, Math.max(1, visible));
		bar.setEnabled(content > visible);
	}

	void scrollTo(double x, double y) {
		originX = x;
		originY = y;
		scrolled();
		canvas.redraw();
	}

	double originX() {
		return originX;
	}

	double originY() {
		return originY;
	}

	/** A double-click on a node or an edge: tells the listener. */
	void open(int v, int e) {
		if ((v >= 0 || e >= 0) && listener != null) {
			listener.opened(v, e);
		}
	}

	/** The graph drawn now; empty when there is none. */
	SystemGraph graph() {
		return content == null ? new SystemGraph(java.util.List.of(), java.util.List.of(), 0) : content.graph();
	}
}
