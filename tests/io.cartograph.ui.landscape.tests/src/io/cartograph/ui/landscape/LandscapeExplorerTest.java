package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.InterfaceCatalog;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;

class LandscapeExplorerTest extends LandscapeTest {

	private Tree openExplorerOn(String name) {
		harness.createWorkspace(temp.resolve(name), name);
		harness.openExplorer();
		return harness.driver.find(harness.explorerArea, LandscapeExplorerPart.TREE_ID, Tree.class);
	}

	@Test
	void showsTheLandscapeByKindWithCountsAndTheSettings() {
		Tree tree = openExplorerOn("groups");
		assertEquals(List.of("Systems (0)", "Business Objects (0)", "Interfaces (0)", "End-to-End Integrations (0)",
				"Data Sources (0)", "Transformation Rules", "API Management", "Onboarding", "Settings"),
				Gestures.texts(tree.getItems()));
		assertEquals(List.of("System Rules (0)", "Object Rules (0)", "Integration Strategy"),
				Gestures.texts(Gestures.item(tree, "Transformation Rules").getItems()));
		assertEquals(List.of("API Providers (0)", "API Proxies (0)", "Key Value Maps (0)", "API Products (0)",
				"Developer Applications (0)", "Policy Lint"), Gestures.texts(Gestures.item(tree, "API Management").getItems()));
		assertEquals(List.of("Checklists (0)", "IP Allowlists (0)", "Domain Allowlists (0)"),
				Gestures.texts(Gestures.item(tree, "Onboarding").getItems()));
		assertEquals(List.of("Environments (4)", "Properties (0)", "Tags (0)", "Users and Roles (0)", "Proxies (0)",
				"Dashboard", "To-do"), Gestures.texts(Gestures.item(tree, "Settings").getItems()));
	}

	@Test
	void followsEveryChangeToTheModelAndItsUndo() {
		Tree tree = openExplorerOn("changes");
		Edits edits = harness.edits();
		InterfaceCatalog catalog = harness.model().interfaces();
		edits.addAll(catalog, INTERFACE_CATALOG__INTERFACES, List.of(anInterface("Zeta"), anInterface("alpha"), anInterface("Mid")));
		harness.driver.flush();
		TreeItem interfaces = Gestures.item(tree, "Interfaces (3)");
		assertEquals(List.of("alpha", "Mid", "Zeta"), Gestures.texts(interfaces.getItems()), "sorted by name, case aside");

		Interface zeta = catalog.getInterfaces().get(0);
		edits.set(zeta, NAMED__NAME, "Beta");
		harness.driver.flush();
		assertEquals(List.of("alpha", "Beta", "Mid"), Gestures.texts(Gestures.item(tree, "Interfaces (3)").getItems()));

		harness.model().commandStack().undo();
		harness.model().commandStack().undo();
		harness.driver.flush();
		assertEquals("Interfaces (0)", tree.getItem(2).getText());
		harness.model().commandStack().redo();
		harness.driver.flush();
		assertEquals("Interfaces (3)", tree.getItem(2).getText());
	}

	@Test
	void followsAWorkspaceSwitch() {
		Tree tree = openExplorerOn("first");
		harness.edits().add(harness.model().landscape(), LANDSCAPE__SYSTEMS, system("ERP"));
		harness.driver.flush();
		assertEquals("Systems (1)", tree.getItem(0).getText());

		harness.createWorkspace(temp.resolve("second"), "second");
		harness.driver.flush();
		assertEquals("Systems (0)", tree.getItem(0).getText());

		harness.session.close();
		harness.driver.flush();
		assertEquals(0, tree.getItemCount());
		Label status = harness.driver.find(harness.explorerArea, LandscapeExplorerPart.STATUS_ID, Label.class);
		assertTrue(status.getText().contains("File > Open Workspace"), status.getText());
	}

	@Test
	void publishesTheSelectedObjectAndOpensItOnEnter() {
		Tree tree = openExplorerOn("selection");
		LandscapeSystem erp = system("ERP");
		harness.edits().add(harness.model().landscape(), LANDSCAPE__SYSTEMS, erp);
		harness.driver.flush();
		Gestures.select(tree, Gestures.item(tree, "Systems (1)", "ERP"));
		assertSame(erp, harness.selection.getSelection());

		Gestures.select(tree, Gestures.item(tree, "Systems (1)"));
		assertNull(harness.selection.getSelection(), "a group is not a landscape object");

		Gestures.select(tree, Gestures.item(tree, "Systems (1)", "ERP"));
		Gestures.open(tree);
		Gestures.open(tree);
		assertEquals(1, harness.editors.open().size(), "opening the same object again reuses its editor");
		assertSame(erp, harness.editors.active().editor().input());
		assertEquals("object:" + erp.getUuid(),
				harness.editors.active().model().getPersistedState().get(LandscapeEditorPart.INPUT_KEY));
	}

	@Test
	void newMakesAnObjectOfTheGroupsKindAndDeleteRemovesItUndoably() {
		Tree tree = openExplorerOn("newdelete");
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules", "System Rules (0)"));
		Gestures.click(Gestures.toolItem(harness.explorerArea, "landscape.explorer.new"));
		List<SystemMappingRule> rules = harness.model().rules().getSystemMappingRules();
		assertEquals(1, rules.size());
		assertTrue(rules.get(0).isEnabled(), "a new rule starts enabled");
		assertSame(rules.get(0), harness.editors.active().editor().input(), "its editor opens");

		// New on an object makes a sibling of the same kind.
		Gestures.click(Gestures.toolItem(harness.explorerArea, "landscape.explorer.new"));
		assertEquals(2, rules.size());

		SystemMappingRule doomed = rules.get(1);
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules", "System Rules (2)").getItem(1));
		Gestures.press(tree, SWT.DEL);
		assertEquals(1, rules.size());
		assertFalse(rules.contains(doomed));
		harness.model().commandStack().undo();
		assertTrue(rules.contains(doomed), "delete is one undoable command");
	}

	@Test
	void settingsPagesOpenTheirEditorsAndNewAddsToThem() {
		Tree tree = openExplorerOn("settings");
		Gestures.select(tree, Gestures.item(tree, "Settings", "Users and Roles (0)"));
		Gestures.open(tree);
		assertEquals("Users and Roles", harness.editors.active().model().getLabel());
		Gestures.click(Gestures.toolItem(harness.explorerArea, "landscape.explorer.new"));
		assertEquals(1, harness.model().landscape().getUsers().size());
		assertEquals(1, harness.editors.open().size(), "the page's editor is reused");
	}

	@Test
	void isDirtyWhileTheLandscapeHasUnsavedChangesAndSavesIt() {
		openExplorerOn("dirty");
		assertFalse(harness.explorerModel().isDirty());
		harness.edits().add(harness.model().landscape(), LANDSCAPE__SYSTEMS, system("CRM"));
		assertTrue(harness.explorerModel().isDirty());
		harness.saveExplorer();
		assertFalse(harness.explorerModel().isDirty());
		assertFalse(harness.model().isDirty());
	}

	/**
	 * 100,000 interfaces: the tree is virtual, so opening the group and changing the model
	 * fill only the rows on screen. (Speed is for benchmarks; this checks the tree stays lazy.)
	 */
	@Test
	void aGroupOfAHundredThousandInterfacesStaysLazy() {
		Tree tree = openExplorerOn("large");
		InterfaceCatalog catalog = harness.model().interfaces();
		List<Interface> many = new java.util.ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			many.add(anInterface(String.format("IF_%06d", 99_999 - i)));
		}
		harness.edits().addAll(catalog, INTERFACE_CATALOG__INTERFACES, many);
		harness.driver.flush();
		TreeItem group = tree.getItem(2);
		assertEquals("Interfaces (100000)", group.getText());
		group.setExpanded(true);
		harness.driver.flush();
		assertEquals(100_000, group.getItemCount());
		assertEquals("IF_000000", group.getItem(0).getText(), "sorted");
		harness.edits().set(many.get(99_999), NAMED__NAME, "ZZ_last");
		harness.driver.flush();
		assertEquals("IF_000001", group.getItem(0).getText());
		int filled = 0;
		for (int i = 0; i < 100_000; i += 997) {
			if (group.getItem(i).getData() != null) {
				filled++;
			}
		}
		assertTrue(filled < 10, "only rows on screen are filled, not " + filled + " of the sampled ones");
	}

	private static Interface anInterface(String name) {
		Interface created = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		created.setName(name);
		return created;
	}

	private static LandscapeSystem system(String name) {
		LandscapeSystem created = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		created.setName(name);
		return created;
	}
}
