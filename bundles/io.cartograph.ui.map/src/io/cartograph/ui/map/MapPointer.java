package io.cartograph.ui.map;

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Event;

/**
 * What the mouse and the keys do on the map: the wheel scrolls (Shift: sideways, Ctrl: zooms at
 * the pointer), dragging empty space scrolls, a click selects, a double-click opens, hovering
 * sets the tooltip; +, - and 0 zoom and fit, Esc clears the selection.
 */
final class MapPointer {

	/** A press that moves less than this (in pixels) is a click, not a drag. */
	private static final int SLOP = 3;

	private final MapCanvas map;
	private Point dragFrom;
	private double[] dragOrigin;
	private boolean dragged;

	MapPointer(MapCanvas map) {
		this.map = map;
	}

	void listen() {
		map.canvas.addListener(SWT.MouseVerticalWheel, this::wheel);
		map.canvas.addListener(SWT.MouseHorizontalWheel, event -> {
			event.doit = false;
			map.scrollTo(map.originX() - event.count * MapCanvas.SCROLL, map.originY());
		});
		map.canvas.addListener(SWT.MouseDown, this::down);
		map.canvas.addListener(SWT.MouseMove, this::move);
		map.canvas.addListener(SWT.MouseUp, this::up);
		map.canvas.addListener(SWT.MouseDoubleClick, this::doubleClick);
		map.canvas.addListener(SWT.KeyDown, this::key);
	}

	private void wheel(Event event) {
		event.doit = false;
		if ((event.stateMask & SWT.MOD1) != 0) {
			map.zoomTo(event.count > 0 ? map.scale() * MapCanvas.STEP : map.scale() / MapCanvas.STEP, event.x, event.y);
		} else if ((event.stateMask & SWT.SHIFT) != 0) {
			map.scrollTo(map.originX() - event.count * MapCanvas.SCROLL, map.originY());
		} else {
			map.scrollTo(map.originX(), map.originY() - event.count * MapCanvas.SCROLL);
		}
	}

	private void down(Event event) {
		if (event.button != 1) {
			return;
		}
		map.canvas.setFocus();
		dragFrom = new Point(event.x, event.y);
		dragOrigin = new double[] { map.originX(), map.originY() };
		dragged = false;
	}

	private void move(Event event) {
		if (dragFrom != null && (event.stateMask & SWT.BUTTON1) != 0) {
			int dx = event.x - dragFrom.x;
			int dy = event.y - dragFrom.y;
			if (dragged || Math.abs(dx) + Math.abs(dy) > SLOP) {
				dragged = true;
				map.scrollTo(dragOrigin[0] - dx, dragOrigin[1] - dy);
			}
			return;
		}
		String text = map.hoverText(event.x, event.y);
		if (!Objects.equals(text, map.canvas.getToolTipText())) {
			map.canvas.setToolTipText(text);
		}
	}

	private void up(Event event) {
		if (event.button != 1 || dragFrom == null) {
			return;
		}
		dragFrom = null;
		if (!dragged) {
			int v = map.nodeAt(event.x, event.y);
			map.select(v, v >= 0 ? -1 : map.edgeAt(event.x, event.y));
		}
	}

	private void doubleClick(Event event) {
		int v = map.nodeAt(event.x, event.y);
		map.open(v, v >= 0 ? -1 : map.edgeAt(event.x, event.y));
	}

	private void key(Event event) {
		switch (event.character) {
		case '+', '=' -> map.zoomIn();
		case '-' -> map.zoomOut();
		case '0' -> map.fit();
		case SWT.ESC -> map.select(-1, -1);
		default -> {
			// other keys: traversal and the like
		}
		}
	}
}
