package io.cartograph.ui.landscape;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh test window, session and workspace folder for each test. */
abstract class LandscapeTest {

	@TempDir
	Path temp;

	LandscapeHarness harness;

	@BeforeEach
	void openHarness() {
		harness = new LandscapeHarness();
	}

	@AfterEach
	void closeHarness() {
		harness.close();
	}

	/** A widget of the editor in front. */
	<W extends Widget> W inEditor(String id, Class<W> type) {
		return harness.driver.find(harness.editors.active().body(), id, type);
	}

	<W extends Widget> W in(Composite root, String id, Class<W> type) {
		return harness.driver.find(root, id, type);
	}
}
