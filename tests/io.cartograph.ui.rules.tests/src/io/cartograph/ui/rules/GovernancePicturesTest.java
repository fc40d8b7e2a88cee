package io.cartograph.ui.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;

/** The Strategy Fit and To-do views on the sample workspace, saved under target/screenshots for the docs. */
class GovernancePicturesTest {

	@TempDir
	Path temp;

	@Test
	void strategyFit() throws Exception {
		picture(StrategyFitPart.class, StrategyFitPart.ADAPTERS_ID, "strategy-fit.png");
	}

	@Test
	void todo() throws Exception {
		picture(TodoPart.class, TodoPart.TABLE_ID, "todo.png");
	}

	private void picture(Class<?> part, String tableId, String name) throws Exception {
		try (RulesHarness harness = new RulesHarness()) {
			LandscapeModel model = harness.createWorkspace(temp.resolve("sample"));
			SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
			model.commandStack().flush();
			harness.shell.setSize(1200, 560);
			harness.open(part);
			assertTrue(harness.driver.find(harness.shell, tableId, Table.class).getItemCount() > 0, "the sample fills the view");
			harness.screenshot(Path.of("target", "screenshots", name));
		}
	}
}
