package io.cartograph.ui.dashboard;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import io.cartograph.rules.kpi.Colour;

/** The dashboard's colours for a KPI colour: a strong one for bands and bars, a pale one for backgrounds. */
final class TileColours {

	private TileColours() {
	}

	/** The band along a tile's top; NONE is grey (a KPI without thresholds). */
	static Color band(Display display, Colour colour) {
		return switch (colour) {
		case GREEN -> new Color(46, 160, 67);
		case YELLOW -> new Color(230, 180, 20);
		case RED -> new Color(207, 34, 46);
		case NONE -> display.getSystemColor(SWT.COLOR_WIDGET_NORMAL_SHADOW);
		};
	}

	static Color background(Display display, Colour colour) {
		return switch (colour) {
		case GREEN -> new Color(230, 246, 233);
		case YELLOW -> new Color(253, 246, 219);
		case RED -> new Color(252, 232, 233);
		case NONE -> display.getSystemColor(SWT.COLOR_LIST_BACKGROUND);
		};
	}

	static Color bar(Display display, Colour colour) {
		return colour == Colour.NONE ? new Color(66, 120, 190) : band(display, colour);
	}
}
