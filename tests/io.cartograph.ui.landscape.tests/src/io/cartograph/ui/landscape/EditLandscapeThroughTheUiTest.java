package io.cartograph.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.ui.handlers.RedoHandler;
import io.cartograph.ui.handlers.UndoHandler;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;

/**
 * The UI scenario, with real widgets: create two systems and an interface through the
 * explorer and the editors, set sender and receiver, undo and redo, save, close and reopen the
 * workspace, and find everything again.
 */
class EditLandscapeThroughTheUiTest extends LandscapeTest {

	private static final String NEW = "landscape.explorer.new";

	@Test
	void createsSystemsAndAnInterfaceUndoesRedoesSavesAndFindsThemAfterReopening() {
		Path root = temp.resolve("acme");
		harness.createWorkspace(root, "ACME");
		harness.openExplorer();
		Tree tree = harness.driver.find(harness.explorerArea, LandscapeExplorerPart.TREE_ID, Tree.class);

		createThroughExplorer(tree, "Systems (0)", "S/4HANA");
		createThroughExplorer(tree, "Systems (1)", "Salesforce");
		assertEquals("Systems (2)", tree.getItem(0).getText());
		assertEquals(java.util.List.of("S/4HANA", "Salesforce"), Gestures.texts(tree.getItem(0).getItems()));

		createThroughExplorer(tree, "Interfaces (0)", "Orders to CRM");
		Combo sender = inEditor("editor.Interface.sender", Combo.class);
		Combo receiver = inEditor("editor.Interface.receiver", Combo.class);
		Gestures.pick(sender, "S/4HANA");
		Gestures.pick(receiver, "Salesforce");

		LandscapeModel model = harness.model();
		Interface orders = model.interfaces().getInterfaces().get(0);
		assertEquals("Orders to CRM", orders.getName());
		assertEquals("S/4HANA", orders.getSender().getName());
		assertEquals("Salesforce", orders.getReceiver().getName());
		assertTrue(harness.explorerModel().isDirty(), "the explorer shows unsaved changes");
		assertTrue(harness.editors.active().model().isDirty(), "so does the editor");

		new UndoHandler().execute(harness.session);
		assertNull(orders.getReceiver(), "undo takes back the last pick only");
		assertEquals("(none)", receiver.getText());
		assertEquals("S/4HANA", sender.getText());

		new RedoHandler().execute(harness.session);
		assertEquals("Salesforce", orders.getReceiver().getName());
		assertEquals("Salesforce", receiver.getText());

		harness.editors.save(harness.editors.active());
		assertFalse(model.isDirty());
		assertFalse(harness.editors.active().model().isDirty());
		assertFalse(harness.explorerModel().isDirty(), "every part knows the landscape is saved");

		harness.session.close();
		harness.driver.flush();
		harness.session.switchTo(Workspace.open(root));
		harness.driver.waitUntil("the explorer to show the reopened workspace",
				() -> "Systems (2)".equals(tree.getItem(0).getText()));

		LandscapeModel reopened = harness.model();
		Interface found = reopened.interfaces().getInterfaces().get(0);
		assertEquals("Orders to CRM", found.getName());
		LandscapeSystem s4 = found.getSender();
		assertEquals("S/4HANA", s4.getName());
		assertEquals("Salesforce", found.getReceiver().getName());
		assertSame(reopened.landscape(), s4.eContainer(), "the sender is the landscape's own system");
		assertEquals("Interfaces (1)", tree.getItem(2).getText());

		// Closing the workspace closed its editors; the explorer opens the interface again.
		assertTrue(harness.editors.open().isEmpty(), "editors of a closed workspace close");
		Gestures.select(tree, Gestures.item(tree, "Interfaces (1)", "Orders to CRM"));
		Gestures.open(tree);
		assertSame(found, harness.editors.active().editor().input());
		assertEquals("S/4HANA", inEditor("editor.Interface.sender", Combo.class).getText());
		assertEquals("Salesforce", inEditor("editor.Interface.receiver", Combo.class).getText());
		assertEquals("Orders to CRM", inEditor("editor.Interface.name", Text.class).getText());
	}

	/** Selects the group, clicks New, and names the new object in the editor that opens. */
	private void createThroughExplorer(Tree tree, String group, String name) {
		TreeItem groupItem = Gestures.item(tree, group);
		Gestures.select(tree, groupItem);
		Composite explorer = harness.explorerArea;
		Gestures.click(Gestures.toolItem(explorer, NEW));
		harness.driver.flush();
		Text nameField = inEditor("editor." + typeOf(group) + ".name", Text.class);
		assertTrue(nameField.getText().startsWith("New "), nameField.getText());
		Gestures.type(nameField, name);
		harness.driver.flush();
		TreeItem selected = tree.getSelection()[0];
		assertEquals(name, selected.getText(), "the explorer selects the new object and follows its new name");
		assertEquals(name, ((io.cartograph.model.landscape.Named) harness.selection.getSelection()).getName());
	}

	private static String typeOf(String group) {
		return group.startsWith("Systems") ? "LandscapeSystem" : "Interface";
	}
}
