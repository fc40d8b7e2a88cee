package io.cartograph.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real product under the build's X display, waits for the window to paint, takes its
 * screenshot into target/ and checks that the workbench closed cleanly and showed what it should.
 */
class WorkbenchSmokeTest {

	@TempDir
	Path scratch;

	@Test
	void workbenchOpensOnAWorkspacePaintsItsWindowAndClosesCleanly() throws Exception {
		String display = System.getenv("DISPLAY");
		assertTrue(display != null && !display.isBlank(),
				"No X display: run the suite with ./cartograph test (it starts Xvfb)");
		InstalledProduct product = new InstalledProduct(scratch);
		Path workspace = scratch.resolve("northwind");
		InstalledProduct.Run created = product.cli("workspace", "create", "--workspace", workspace.toString(),
				"--name", "Northwind landscape");
		assertEquals(0, created.exitCode(), created.all());

		Path output = Path.of(System.getProperty("cartograph.test.output"));
		Path shot = output.resolve("smoke-workbench.png");
		Path report = output.resolve("smoke-workbench.json");
		Files.deleteIfExists(shot);
		InstalledProduct.Run run = product.workbench("--workspace", workspace.toString(), "--screenshot", shot.toString(),
				"--report", report.toString());

		assertEquals(0, run.exitCode(), "the workbench should close cleanly:\n" + run.all());
		assertFalse(run.all().contains("\tat "), "no stack trace while starting or closing:\n" + run.all());
		Matcher painted = Pattern.compile("window painted (\\d+) ms after JVM start").matcher(run.out());
		assertTrue(painted.find(), run.out());

		BufferedImage picture = ImageIO.read(shot.toFile());
		assertTrue(picture.getWidth() >= 800 && picture.getHeight() >= 500,
				"screenshot " + picture.getWidth() + "x" + picture.getHeight());
		assertTrue(distinctColours(picture) > 20, "the screenshot shows a drawn window, not a blank area");

		String json = Files.readString(report);
		assertTrue(json.contains("\"title\": \"Cartograph - Northwind landscape - " + workspace), json);
		assertTrue(json.contains("\"File\": [\"New Workspace...\", \"Open Workspace...\", \"Save\", \"Save All\", \"Exit\"]"), json);
		assertTrue(json.contains("\"Edit\": [\"Undo\", \"Redo\"]"), json);
		assertTrue(json.contains("\"Window\": [\"Reset Layout\"]"), json);
		assertTrue(json.contains("\"Help\": [\"About Cartograph\"]"), json);
		for (String tab : new String[] { "Explorer", "Overview", "Job Monitor", "Problems" }) {
			assertTrue(json.contains("\"" + tab + "\""), tab + " tab missing: " + json);
		}
		assertTrue(json.contains("\"explorer.tree\": \"Northwind landscape\""), json);
		assertTrue(json.contains("\"overview.title\": \"Northwind landscape\""), json);
	}

	private static int distinctColours(BufferedImage picture) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < picture.getHeight(); y += 7) {
			for (int x = 0; x < picture.getWidth(); x += 7) {
				colours.add(picture.getRGB(x, y));
			}
		}
		return colours.size();
	}
}
