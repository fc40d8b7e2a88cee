package io.cartograph.ui.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Device;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SvgMap;
import io.cartograph.core.workspace.AtomicFiles;

/** The whole map (not only what the window shows) as a PNG picture at 100 %, or as SVG. */
final class MapExport {

	/** A bigger map is scaled down to fit this many pixels, so that the picture fits in memory. */
	static final long MOST_PIXELS = 40_000_000L;

	private MapExport() {
	}

	/** Saves as PNG or SVG; says what happened, in the status line's words. */
	static String save(Device device, MapContent content, String title, String extension, Path target) {
		try {
			if (extension.equals("png")) {
				double scale = png(device, content, MapEmphasis.NONE, target);
				return "Saved the whole map to " + target + (scale < 1 ? " at " + Math.round(scale * 100) + " %" : "");
			}
			svg(content.layout(), title, content.messagesKnown() && content.byMessages(), target);
			return "Saved the whole map to " + target;
		} catch (IOException | RuntimeException failed) {
			return "Could not save the map to " + target + ": " + failed.getMessage();
		}
	}

	/** @return the picture's scale (1 unless the map was too big) */
	static double png(Device device, MapContent content, MapEmphasis emphasis, Path target) throws IOException {
		Layout layout = content.layout();
		double scale = Math.min(1, Math.sqrt((double) MOST_PIXELS / ((long) layout.totalWidth() * layout.totalHeight())));
		int width = Math.max(1, (int) Math.ceil(layout.totalWidth() * scale));
		int height = Math.max(1, (int) Math.ceil(layout.totalHeight() * scale));
		Image image = new Image(device, width, height);
		GC gc = new GC(image);
		try {
			new MapPainter(device).paint(gc, content, scale, 0, 0, new Rectangle(0, 0, width, height), emphasis);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(), ".map", ".png");
			try {
				loader.save(temporary.toString(), SWT.IMAGE_PNG);
				AtomicFiles.write(target, Files.readAllBytes(temporary));
			} finally {
				Files.deleteIfExists(temporary);
			}
		} finally {
			gc.dispose();
			image.dispose();
		}
		return scale;
	}

	static void svg(Layout layout, String title, boolean withMessages, Path target) throws IOException {
		AtomicFiles.writeString(target, SvgMap.of(layout, title, withMessages));
	}
}
