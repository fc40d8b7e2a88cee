package io.cartograph.ui.rules;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.core.sample.SampleLandscape;

/** The rules editor on the sample workspace, saved as target/screenshots/rules-editor-shadowing.png for the docs. */
class RulesEditorPictureTest {

	@TempDir
	Path temp;

	@Test
	void picturesTheSampleWorkspace() throws Exception {
		try (RulesHarness harness = new RulesHarness()) {
			LandscapeModel model = harness.createWorkspace(temp.resolve("sample"));
			SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
			// Two rules as people get them wrong: a copy of rule 3 further down (shadowed) and a typo.
			SystemMappingRule copy = EcoreUtil.copy(model.rules().getSystemMappingRules().get(2));
			copy.setUuid(null);
			Identities.ensure(copy);
			copy.setDescription("Copy of #3: never wins");
			model.rules().getSystemMappingRules().add(4, copy);
			SystemMappingRule typo = EcoreUtil.copy(model.rules().getSystemMappingRules().get(5));
			typo.setUuid(null);
			Identities.ensure(typo);
			typo.setInterfacePattern("(Orders_.*");
			typo.setDescription("Unclosed group");
			model.rules().getSystemMappingRules().add(5, typo);
			model.commandStack().flush();
			harness.open(RulesEditorPart.class);
			Table table = harness.driver.find(harness.shell, "rules.system.table", Table.class);
			assertTrue(table.getItemCount() > 2, "the sample has system rules");
			table.setSelection(2);
			table.notifyListeners(SWT.Selection, new Event());
			harness.driver.find(harness.shell, "rules.system.test.name", Text.class).setText("Invoice_Create_S4_to_ARIBA");
			harness.driver.find(harness.shell, "rules.system.test.original", Text.class).setText("S4P_100");
			harness.driver.flush();
			assertTrue(harness.driver.find(harness.shell, "rules.system.up", org.eclipse.swt.widgets.Button.class).isEnabled());
			Path file = Path.of("target", "screenshots", "rules-editor-shadowing.png");
			harness.screenshot(file);
			assertTrue(Files.size(file) > 0);
		}
	}
}
