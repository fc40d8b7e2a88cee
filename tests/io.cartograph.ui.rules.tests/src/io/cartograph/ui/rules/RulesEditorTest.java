package io.cartograph.ui.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.ui.landscape.Edits;

/** The rules editor driven through its widgets on a small constructed landscape. */
class RulesEditorTest {

	static final int INTERFACE = 2;
	static final int WINS = 7;

	@TempDir
	Path temp;
	RulesHarness harness;
	LandscapeModel model;
	RulesEditorPart part;
	SystemMappingRule first;
	SystemMappingRule second;
	Interface orders;

	@BeforeEach
	void open() {
		harness = new RulesHarness();
		model = harness.createWorkspace(temp.resolve("ws"));
		Edits edits = new Edits(model);
		LandscapeSystem erp = system(edits, "ERP");
		LandscapeSystem crm = system(edits, "CRM");
		orders = item(edits, "ORDERS_1");
		item(edits, "INVOICE_1");
		first = rule(edits, "ORDERS_.*", erp);
		second = rule(edits, "ORDERS_.*", crm);
		model.commandStack().flush();
		part = harness.open(RulesEditorPart.class);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void editingARegexUpdatesWinsAndShadowingAndUndoes() {
		assertEquals("2", row(0).getText(WINS), "rule 1 wins ORDERS_1's sender and receiver");
		assertEquals("0", row(1).getText(WINS));
		assertTrue(italic(row(1)), "rule 2 is shadowed by rule 1: same patterns, later");
		assertTrue(part.systemRules().shadowNote(second).startsWith("Shadowed by #1 (always)"));
		assertEquals("Unmatched interfaces: 1 of 2", label("rules.system.unmatched.title").getText());

		typeInCell(0, INTERFACE, "INVOICE_.*");

		assertEquals("INVOICE_.*", first.getInterfacePattern(), "the edit reached the model");
		assertEquals("2", row(0).getText(WINS), "rule 1 now wins INVOICE_1");
		assertEquals("2", row(1).getText(WINS), "rule 2 now wins ORDERS_1");
		assertFalse(italic(row(1)), "rule 2 is no longer shadowed");
		assertNull(part.systemRules().shadowNote(second));
		assertEquals("Unmatched interfaces: 0 of 2", label("rules.system.unmatched.title").getText());

		typeInCell(0, INTERFACE, "INVOICE_(");
		assertEquals(harness.driver.display().getSystemColor(SWT.COLOR_RED), row(0).getForeground(INTERFACE),
				"an invalid regex is shown red");
		assertEquals("0", row(0).getText(WINS), "an invalid rule is skipped");
		assertTrue(label(RulesEditorPart.STATUS_ID).getText().contains("1 rule is skipped"));

		undo();
		assertEquals("INVOICE_.*", first.getInterfacePattern());
		assertEquals("2", row(0).getText(WINS));
		undo();
		assertEquals("ORDERS_.*", first.getInterfacePattern());
		assertEquals("0", row(1).getText(WINS));
		assertTrue(italic(row(1)), "undo brings the shadowing back");
	}

	@Test
	void theTestFieldSaysWhichRuleWinsAndWhy() {
		harness.driver.find(harness.shell, "rules.system.test.name", Text.class).setText("ORDERS_7");
		harness.driver.find(harness.shell, "rules.system.test.original", Text.class).setText("SAP");
		harness.driver.flush();
		assertEquals("Rule #1 wins: ERP", label("rules.system.test.result").getText());
		harness.driver.find(harness.shell, "rules.system.test.name", Text.class).setText("OTHER");
		harness.driver.flush();
		assertEquals("No rule wins: the slot stays unharmonized.", label("rules.system.test.result").getText());
	}

	@Test
	void addMoveAndRemoveAreCommands() {
		table().setSelection(1);
		table().notifyListeners(SWT.Selection, new Event());
		press("rules.system.up");
		assertEquals(second, model.rules().getSystemMappingRules().get(0), "moved up");
		assertTrue(italic(row(1)), "now the other one is shadowed");
		press("rules.system.add");
		assertEquals(3, model.rules().getSystemMappingRules().size());
		assertEquals(".*", model.rules().getSystemMappingRules().get(1).getInterfacePattern(), "added after the selection");
		press("rules.system.remove");
		assertEquals(2, model.rules().getSystemMappingRules().size());
		undo();
		undo();
		undo();
		assertEquals(first, model.rules().getSystemMappingRules().get(0));
		assertFalse(model.commandStack().canUndo());
	}

	@Test
	void updateInventoryIsOneUndoableCommand() {
		press(RulesEditorPart.UPDATE_ID);
		assertEquals("ERP", orders.getSender().getName());
		assertEquals("ERP", orders.getReceiver().getName());
		undo();
		assertNull(orders.getSender());
		assertFalse(model.commandStack().canUndo(), "it was one command");
	}

	private void typeInCell(int rowIndex, int column, String text) {
		// A click on a row first selects it; the viewer opens the editor on a click into the one selected row.
		table().setSelection(rowIndex);
		table().notifyListeners(SWT.Selection, new Event());
		Rectangle cell = row(rowIndex).getBounds(column);
		Event click = new Event();
		click.button = 1;
		click.x = cell.x + cell.width / 2;
		click.y = cell.y + cell.height / 2;
		int before = part.updates();
		table().notifyListeners(SWT.MouseDown, click);
		table().notifyListeners(SWT.MouseUp, click);
		harness.driver.flush();
		Text editor = cellEditor();
		editor.setText(text);
		editor.notifyListeners(SWT.DefaultSelection, new Event());
		waitForPreview(before);
	}

	private Text cellEditor() {
		for (Control child : table().getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor opened");
	}

	/** Waits for the debounced recomputation that follows a command run after {@code before} was read. */
	private void waitForPreview(int before) {
		harness.driver.waitUntil("the preview to recompute", () -> part.updates() > before);
	}

	private void undo() {
		int before = part.updates();
		model.commandStack().undo();
		waitForPreview(before);
	}

	private void press(String id) {
		Object before = model.commandStack().getUndoCommand();
		int computed = part.updates();
		Button button = harness.driver.find(harness.shell, id, Button.class);
		assertTrue(button.isEnabled(), id + " is enabled");
		harness.driver.press(button);
		assertNotEquals(before, model.commandStack().getUndoCommand(), id + " ran a command");
		waitForPreview(computed);
	}

	private Table table() {
		return harness.driver.find(harness.shell, "rules.system.table", Table.class);
	}

	private TableItem row(int index) {
		return table().getItem(index);
	}

	private Label label(String id) {
		return harness.driver.find(harness.shell, id, Label.class);
	}

	private static boolean italic(TableItem item) {
		return (item.getFont(INTERFACE).getFontData()[0].getStyle() & SWT.ITALIC) != 0;
	}

	private LandscapeSystem system(Edits edits, String name) {
		LandscapeSystem system = Identities.create(LANDSCAPE__SYSTEMS.getEReferenceType(), LandscapeSystem.class);
		system.setName(name);
		assertTrue(edits.add(model.landscape(), LANDSCAPE__SYSTEMS, system));
		return system;
	}

	private Interface item(Edits edits, String name) {
		Interface item = Identities.create(INTERFACE_CATALOG__INTERFACES.getEReferenceType(), Interface.class);
		item.setName(name);
		item.setOriginalSender("SAP");
		item.setOriginalReceiver("SFDC");
		assertTrue(edits.add(model.interfaces(), INTERFACE_CATALOG__INTERFACES, item));
		return item;
	}

	private SystemMappingRule rule(Edits edits, String pattern, LandscapeSystem system) {
		SystemMappingRule rule = Identities.create(RULE_BOOK__SYSTEM_MAPPING_RULES.getEReferenceType(), SystemMappingRule.class);
		rule.setInterfacePattern(pattern);
		rule.setOriginalSystem(".*");
		rule.setHarmonizedSystem(system);
		rule.setEnabled(true);
		assertTrue(edits.add(model.rules(), RULE_BOOK__SYSTEM_MAPPING_RULES, rule));
		return rule;
	}

}
