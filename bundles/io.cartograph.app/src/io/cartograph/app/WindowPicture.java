package io.cartograph.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** A PNG of a window as it is on screen, written atomically (never a half-written picture). */
final class WindowPicture {

	private WindowPicture() {
	}

	/**
	 * From the window's top-left corner (its frame, when a window manager draws one) to the
	 * bottom-right corner of its contents. GTK reports bounds that include an estimated frame
	 * even where none is drawn (Xvfb has no window manager), which would add a black band.
	 */
	static Rectangle visibleArea(Shell shell) {
		Rectangle bounds = shell.getBounds();
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		int right = Math.min(bounds.x + bounds.width, client.x + client.width);
		int bottom = Math.min(bounds.y + bounds.height, client.y + client.height);
		return new Rectangle(bounds.x, bounds.y, right - bounds.x, bottom - bounds.y);
	}

	static void save(Shell shell, Path file) throws IOException {
		Rectangle area = visibleArea(shell);
		Image image = new Image(shell.getDisplay(), area.width, area.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, area.x, area.y);
			ImageData data = image.getImageData();
			ImageLoader png = new ImageLoader();
			png.data = new ImageData[] { data };
			Path folder = file.toAbsolutePath().getParent();
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
			try {
				png.save(partial.toString(), SWT.IMAGE_PNG);
				Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			} finally {
				Files.deleteIfExists(partial);
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
