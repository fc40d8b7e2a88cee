package io.cartograph.ui.dashboard;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.rules.kpi.Colour;
import io.cartograph.ui.dashboard.Tile.Bar;

/**
 * A small bar chart drawn with GC: a bar per value with its label below and its value above.
 * Drawn by hand rather than with SWTChart: a tile needs a handful of bars, no axes or zoom.
 */
final class BarChart extends Canvas {

	static final int HEIGHT = 110;
	private List<Bar> bars = List.of();

	BarChart(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		addPaintListener(event -> paint(event.gc));
	}

	void show(List<Bar> next) {
		bars = List.copyOf(next);
		redraw();
	}

	List<Bar> bars() {
		return bars;
	}

	@Override
	public Point computeSize(int wHint, int hHint, boolean changed) {
		return new Point(wHint == SWT.DEFAULT ? 240 : wHint, hHint == SWT.DEFAULT ? HEIGHT : hHint);
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (bars.isEmpty() || area.width < 10) {
			return;
		}
		int text = gc.getFontMetrics().getHeight();
		int top = text + 2;
		int bottom = area.height - text - 2;
		long most = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
		int slot = area.width / bars.size();
		int width = Math.max(4, slot * 3 / 5);
		Color axis = getDisplay().getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		gc.setForeground(axis);
		gc.drawLine(0, bottom, area.width, bottom);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			int height = (int) Math.round((double) (bottom - top) * bar.value() / most);
			int x = i * slot + (slot - width) / 2;
			gc.setBackground(TileColours.bar(getDisplay(), bar.colour()));
			gc.fillRectangle(x, bottom - height, width, height);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			centre(gc, Long.toString(bar.value()), x + width / 2, bottom - height - text - 1, slot);
			centre(gc, bar.label(), x + width / 2, bottom + 1, slot);
		}
	}

	/** Draws text centred on x, shortened with an ellipsis to fit its slot. */
	private static void centre(GC gc, String text, int x, int y, int slot) {
		String shown = text;
		while (shown.length() > 1 && gc.textExtent(shown).x > slot - 2) {
			shown = shown.substring(0, shown.length() - 2) + "\u2026";
		}
		gc.drawText(shown, x - gc.textExtent(shown).x / 2, y, true);
	}

}
