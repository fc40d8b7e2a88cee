package io.cartograph.ui;

import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DragSourceEffect;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Shows a small label under the pointer while rows are dragged ("Order In", or "Order In  + 2
 * more"), instead of the platform's picture of the whole rows, which on GTK is as wide as the
 * table and hides the drop line. Set it as the drag source's effect: SWT asks the effect for the
 * image after the listeners, so an image set by a listener would be replaced.
 */
public final class DragBadge extends DragSourceEffect {

	private static final int PADDING = 8;
	private final Supplier<String> label;
	private Image image;

	/** @param label what is dragged, asked when a drag starts; null or empty: the platform's picture */
	public DragBadge(Control control, Supplier<String> label) {
		super(control);
		this.label = label;
	}

	/** "Name", or "Name  + 2 more" for several. */
	public static String label(String first, int count) {
		return count <= 1 ? first : first + "  + " + (count - 1) + " more";
	}

	@Override
	public void dragStart(DragSourceEvent event) {
		dispose();
		String text = label.get();
		if (text != null && !text.isEmpty()) {
			image = paint(getControl(), text);
			event.image = image;
		}
	}

	@Override
	public void dragFinished(DragSourceEvent event) {
		dispose();
	}

	private void dispose() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	private static Image paint(Control control, String text) {
		Display display = control.getDisplay();
		GC measure = new GC(control);
		Point size;
		try {
			size = measure.textExtent(text);
		} finally {
			measure.dispose();
		}
		Image badge = new Image(display, size.x + 2 * PADDING, size.y + PADDING);
		GC gc = new GC(badge);
		try {
			gc.setFont(control.getFont());
			gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_SELECTION));
			gc.fillRectangle(0, 0, size.x + 2 * PADDING, size.y + PADDING);
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
			gc.drawText(text, PADDING, PADDING / 2, true);
		} finally {
			gc.dispose();
		}
		return badge;
	}
}
