package io.cartograph.tests.support.swt;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** A PNG of what a shell shows on the screen, for the documentation's pictures. */
public final class ShellPicture {

	private ShellPicture() {
	}

	/** Copies the shell's client area from the screen (paint it first) into {@code file}. */
	public static void save(Shell shell, Path file) {
		Rectangle area = shell.getClientArea();
		Point origin = shell.toDisplay(0, 0);
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, origin.x, origin.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
