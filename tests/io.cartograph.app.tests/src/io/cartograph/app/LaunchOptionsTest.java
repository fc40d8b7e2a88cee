package io.cartograph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.cartograph.ui.DedicatedView;

class LaunchOptionsTest {

	@Test
	void readsWorkspaceScreenshotAndReportAmongOtherArguments() {
		LaunchOptions options = LaunchOptions.parse("-clearPersistedState", "--workspace", "/data/acme",
				"--screenshot", "shot.png", "--report", "/tmp/r.json");
		assertEquals(Optional.of(Path.of("/data/acme")), options.workspace());
		assertEquals(Optional.of(Path.of("shot.png").toAbsolutePath()), options.screenshot());
		assertEquals(Optional.of(Path.of("/tmp/r.json")), options.report());
		assertTrue(options.takesScreenshot());
		assertEquals(List.of(), options.shownViews());
	}

	@Test
	void namesTheViewsToBringForwardInOrder() {
		LaunchOptions options = LaunchOptions.parse("--show", "strategy-fit", "--maximize", "--show", "end-to-end-proposals");
		assertEquals(List.of(DedicatedView.STRATEGY_FIT, DedicatedView.END_TO_END_PROPOSALS), options.shownViews());
		assertTrue(options.maximizeShown());
		assertFalse(LaunchOptions.parse("--show", "todo").maximizeShown());
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--show", "kpis"));
		assertTrue(unknown.getMessage().startsWith("--show needs one of interface-catalog, transformation-rules,"),
				unknown.getMessage());
	}

	@Test
	void nothingAskedIsAnInteractiveStartOnTheDefaultWorkspace() {
		LaunchOptions options = LaunchOptions.parse("-nosplash");
		assertEquals(Optional.empty(), options.workspace());
		assertFalse(options.takesScreenshot());
	}

	@Test
	void anOptionWithoutItsPathIsRefused() {
		IllegalArgumentException problem = assertThrows(IllegalArgumentException.class,
				() -> LaunchOptions.parse("--screenshot"));
		assertEquals("--screenshot needs a path", problem.getMessage());
		assertThrows(IllegalArgumentException.class, () -> LaunchOptions.parse("--workspace", "--screenshot", "x.png"));
	}
}
