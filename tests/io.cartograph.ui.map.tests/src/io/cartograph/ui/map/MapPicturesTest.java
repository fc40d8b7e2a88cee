package io.cartograph.ui.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.sample.SampleLandscape;

/**
 * docs/images/system-map-selected.png: the sample map with Warehouse Management selected (its flows and
 * partners stand out, the rest fades), and docs/images/system-map-production.png: Export PNG... of the
 * Production map. Runs only with CARTOGRAPH_PICTURES naming the folder.
 */
class MapPicturesTest {

	@TempDir
	Path temp;

	@Test
	@EnabledIfEnvironmentVariable(named = "CARTOGRAPH_PICTURES", matches = ".+")
	void pictureOfASelectedSystem() throws Exception {
		Path pictures = Files.createDirectories(Path.of(System.getenv("CARTOGRAPH_PICTURES")));
		try (MapHarness harness = new MapHarness(Clock.fixed(Instant.parse("2026-03-20T15:00:00Z"), ZoneOffset.UTC))) {
			harness.shell.setBounds(0, 0, 1300, 560);
			SampleLandscape.fill(harness.createWorkspace(temp.resolve("ws"), "Sample").model(), SampleLandscape.INTERFACES,
					SampleLandscape.SEED);
			SystemMapPart part = harness.open();
			harness.driver.waitUntil("the messages counted", part::messagesKnown);
			Layout layout = part.map.layout();
			int erp = layout.graph().nodes().indexOf("Warehouse Management");
			Point at = part.map.toCanvas(layout.x()[erp] + 10, layout.y()[erp] + LayeredLayout.NODE_HEIGHT / 2.0);
			Event event = new Event();
			event.x = at.x;
			event.y = at.y;
			event.button = 1;
			part.map.canvas.notifyListeners(SWT.MouseDown, event);
			part.map.canvas.notifyListeners(SWT.MouseUp, event);
			harness.driver.flush();
			Path file = pictures.resolve("system-map-selected.png");
			Rectangle area = part.map.canvas.getClientArea();
			Image image = new Image(harness.shell.getDisplay(), area.width, area.height);
			GC gc = new GC(image);
			try {
				// Paint as the canvas does, into an image (a screen copy would depend on the window manager).
				Event paint = new Event();
				paint.gc = gc;
				paint.x = 0;
				paint.y = 0;
				paint.width = area.width;
				paint.height = area.height;
				part.map.canvas.notifyListeners(SWT.Paint, paint);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
			assertTrue(Files.size(file) > 0);

			// Export PNG... of the Production map, as the toolbar's button saves it.
			part.toolbar.environment.select(java.util.List.of(part.toolbar.environment.getItems()).indexOf("Production"));
			part.toolbar.environment.notifyListeners(SWT.Selection, new Event());
			harness.driver.flush();
			Path production = pictures.resolve("system-map-production.png");
			part.saveLocation = (name, extension) -> production;
			harness.driver.press(part.toolbar.png);
			assertTrue(Files.size(production) > 0);
		}
	}
}
