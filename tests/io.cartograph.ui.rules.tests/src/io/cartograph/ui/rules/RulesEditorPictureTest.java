package io.cartograph.ui.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;

/** The rules editor on the sample workspace, saved as target/screenshots/rules-editor.png for the docs. */
class RulesEditorPictureTest {

	@TempDir
	Path temp;

	@Test
	void picturesTheSampleWorkspace() throws Exception {
		try (RulesHarness harness = new RulesHarness()) {
			LandscapeModel model = harness.createWorkspace(temp.resolve("sample"));
			SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
			model.commandStack().flush();
			harness.open(RulesEditorPart.class);
			Table table = harness.driver.find(harness.shell, "rules.system.table", Table.class);
			assertTrue(table.getItemCount() > 2, "the sample has system rules");
			table.setSelection(2);
			table.notifyListeners(SWT.Selection, new Event());
			harness.driver.find(harness.shell, "rules.system.test.name", Text.class).setText("Z_TEST_Orders");
			harness.driver.find(harness.shell, "rules.system.test.original", Text.class).setText("TEST_DUMMY");
			harness.driver.flush();
			Path file = Path.of("target", "screenshots", "rules-editor.png");
			harness.screenshot(file);
			assertTrue(Files.size(file) > 0);
		}
	}
}
