package io.cartograph.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * A small label shown under the pointer while rows are dragged, instead of the platform's picture
 * of the whole rows, which on GTK is as wide as the table and hides the drop line. The caller
 * disposes it when the drag ends.
 */
public final class DragBadge {

	private static final int PADDING = 8;

	private DragBadge() {
	}

	/** "Name", or "Name  + 2 more" for several. */
	public static Image of(Control control, String first, int count) {
		return of(control, count <= 1 ? first : first + "  + " + (count - 1) + " more");
	}

	public static Image of(Control control, String text) {
		Display display = control.getDisplay();
		GC measure = new GC(control);
		Point size;
		try {
			size = measure.textExtent(text);
		} finally {
			measure.dispose();
		}
		Image image = new Image(display, size.x + 2 * PADDING, size.y + PADDING);
		GC gc = new GC(image);
		try {
			gc.setFont(control.getFont());
			gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRectangle(0, 0, size.x + 2 * PADDING, size.y + PADDING);
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			gc.drawText(text, PADDING, PADDING / 2, true);
		} finally {
			gc.dispose();
		}
		return image;
	}
}
