package io.cartograph.ui.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.tests.support.swt.ShellPicture;
import io.cartograph.core.sample.SampleLandscape;

/**
 * Takes the catalog's picture for the documentation when CARTOGRAPH_PICTURES names a folder:
 * the sample workspace, filtered by environment, sorted by name. Skipped otherwise. Needs a screen 1900 pixels wide.
 */
class CatalogPicturesTest {

	@TempDir
	Path temp;

	@Test
	@EnabledIfEnvironmentVariable(named = "CARTOGRAPH_PICTURES", matches = ".+")
	void pictureOfTheCatalog() throws Exception {
		Path pictures = Files.createDirectories(Path.of(System.getenv("CARTOGRAPH_PICTURES")));
		try (CatalogHarness harness = new CatalogHarness(temp.resolve("ws"), SampleLandscape.INTERFACES)) {
			harness.shell.setText("Interface Catalog");
			harness.shell.setBounds(0, 0, 1900, 640);
			String environment = harness.model().interfaces().getInterfaces().get(0).getEnvironment().getName();
			harness.part.show(new CatalogFilter(Map.of("Environment", environment), ""));
			harness.table().getColumn(CatalogColumn.NAME.ordinal()).notifyListeners(SWT.Selection, new Event());
			harness.driver.flush();
			save(harness.shell, pictures.resolve("interface-catalog.png"));
		}
	}

	private static void save(Shell shell, Path file) throws java.io.IOException {
		ShellPicture.save(shell, file);
	}
}
