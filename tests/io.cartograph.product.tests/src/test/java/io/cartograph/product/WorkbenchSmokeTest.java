package io.cartograph.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

		JsonNode window = new ObjectMapper().readTree(report.toFile());
		assertEquals("Cartograph - Northwind landscape - " + workspace, window.get("title").asText());
		assertEquals(List.of("File", "Edit", "Team", "Window", "Help"), names(window.get("menus")));
		assertEquals(List.of("Sync Now", "Sign In...", "Share Workspace on Server...", "Join Workspace from Server..."),
				texts(window.get("menus").get("Team")));
		assertEquals(List.of("New Workspace...", "Open Workspace...", "Save", "Save All", "Import API Proxy Bundle...",
				"Export API Proxy Bundle...", "Exit"),
				texts(window.get("menus").get("File")));
		assertEquals(List.of("Undo", "Redo"), texts(window.get("menus").get("Edit")));
		// Each UI bundle adds its views to the Window menu through its fragment, in no fixed order.
		List<String> windowMenu = texts(window.get("menus").get("Window"));
		assertEquals(Set.of("Transformation Rules", "Strategy Fit", "To-do", "End-to-End Proposals", "Dashboard", "Interface Catalog",
				"System Map", "Conflicts", "Reset Layout"),
				Set.copyOf(windowMenu), windowMenu.toString());
		assertEquals("Reset Layout", windowMenu.get(windowMenu.size() - 1));
		assertEquals(List.of("About Cartograph"), texts(window.get("menus").get("Help")));
		assertTrue(texts(window.get("tabs")).containsAll(List.of("Landscape", "Explorer", "Overview", "Job Monitor", "Problems")),
				window.get("tabs").toString());
		JsonNode widgets = window.get("widgets");
		// The Landscape Explorer is in front of the file Explorer, which the report leaves out while hidden.
		assertEquals("Systems (0)", widgets.get("landscape.explorer.tree").asText());
		assertEquals("Northwind landscape", widgets.get("overview.title").asText());
		assertEquals("No task has run in this workspace yet. Start one from a data source's editor.", widgets.get("jobs.summary").asText());
		// The team status field in the bottom trim (io.cartograph.ui.sync): this workspace is on its own.
		assertEquals("Team: not shared", widgets.get("io.cartograph.ui.sync.status").asText());
		assertEquals(picture.getWidth(), window.get("width").asInt(), "the picture is the whole window");
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.fieldNames().forEachRemaining(names::add);
		return names;
	}

	private static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(item -> texts.add(item.asText()));
		return texts;
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
