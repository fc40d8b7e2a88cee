package io.cartograph.tests.support.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * What a window shows, saved as a PNG for the documentation: the screen's pixels under the
 * window's client area, so that whatever lies on top (a drag image, a tooltip) is in the picture.
 */
public final class ShellPicture {

	private ShellPicture() {
	}

	public static void save(Shell shell, Path file) throws IOException {
		Display display = shell.getDisplay();
		shell.forceActive();
		// GTK paints late changes (labels, virtual rows) lazily: repaint everything before copying.
		Rectangle size = shell.getClientArea();
		shell.redraw(0, 0, size.width, size.height, true);
		shell.update();
		while (display.readAndDispatch()) {
			// paint what is pending
		}
		Rectangle area = display.map(shell, null, size).intersection(display.getBounds());
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			if (file.toAbsolutePath().getParent() != null) {
				Files.createDirectories(file.toAbsolutePath().getParent());
			}
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
