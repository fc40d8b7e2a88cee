package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.tests.support.swt.PointerDrag;
import io.cartograph.ui.catalog.InterfaceCatalogPart;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;

/**
 * Interfaces dragged with the real pointer (XTest) from the Interface Catalog and the Landscape
 * Explorer onto an end-to-end integration's sequence: they land at the drop line, several at once
 * in one undoable command.
 */
class EndToEndDropTest extends EditorTest {

	private Interface order;
	private Interface route;
	private Interface post;
	private Interface invoice;
	private EndToEndIntegration flow;
	private Table steps;

	@BeforeEach
	void integrationWithTwoSteps() {
		order = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order In");
		route = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Route");
		post = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Post");
		invoice = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Invoice Out");
		flow = add(harness.model().integrations(), INTEGRATION_CATALOG__INTEGRATIONS, EndToEndIntegration.class,
				"Order to Cash");
		assertTrue(harness.edits().addAll(flow, END_TO_END_INTEGRATION__INTERFACES, List.of(order, post)));
		open(flow);
		steps = inEditor("editor.EndToEndIntegration.interfaces", Table.class);
	}

	@Test
	void twoCatalogRowsDroppedBetweenStepsLandThereInOneUndoableCommand() throws Exception {
		harness.openInLeftPane(InterfaceCatalogPart.class);
		Table catalog = harness.driver.find(harness.explorerArea, InterfaceCatalogPart.TABLE_ID, Table.class);
		Label status = harness.driver.find(harness.explorerArea, InterfaceCatalogPart.STATUS_ID, Label.class);
		harness.driver.waitUntil("the catalog's first read", () -> status.getText().endsWith(" interfaces"));
		catalog.setSelection(new TableItem[] { catalogRow(catalog, "Order Route"), catalogRow(catalog, "Invoice Out") });
		Object before = stack().getUndoCommand();

		// Upper half of step 2 ("Order Post"): the drop line shows above it.
		drag(catalog, catalogRow(catalog, "Order Route").getBounds(0), steps.getItem(1).getBounds(1), false);
		harness.driver.waitUntil("the dropped interfaces to join", () -> flow.getInterfaces().size() == 4);

		List<Interface> dropped = List.of(order, route, invoice, post);
		assertEquals(dropped, flow.getInterfaces(), "dropped before step 2, in the catalog's order");
		assertEquals(List.of("1 Order In", "2 Order Route", "3 Invoice Out", "4 Order Post"), numbered(steps));
		assertEquals(List.of(1, 2), Arrays.stream(steps.getSelectionIndices()).boxed().toList(), "the dropped rows selected");
		assertTrue(stack().getUndoCommand() != before);
		undo();
		assertEquals(List.of(order, post), flow.getInterfaces(), "one undo takes both back");
		assertEquals(List.of("1 Order In", "2 Order Post"), numbered(steps));
		stack().redo();
		harness.driver.flush();
		assertEquals(dropped, flow.getInterfaces(), "redo puts them back in the same order");
		assertEquals(List.of("1 Order In", "2 Order Route", "3 Invoice Out", "4 Order Post"), numbered(steps));
	}

	@Test
	void aCatalogRowAlreadyInTheSequenceMovesToTheDropLineInsteadOfAppearingTwice() throws Exception {
		harness.openInLeftPane(InterfaceCatalogPart.class);
		Table catalog = harness.driver.find(harness.explorerArea, InterfaceCatalogPart.TABLE_ID, Table.class);
		Label status = harness.driver.find(harness.explorerArea, InterfaceCatalogPart.STATUS_ID, Label.class);
		harness.driver.waitUntil("the catalog's first read", () -> status.getText().endsWith(" interfaces"));
		catalog.setSelection(new TableItem[] { catalogRow(catalog, "Order In") });

		// Lower half of the last step: after it.
		drag(catalog, catalogRow(catalog, "Order In").getBounds(0), steps.getItem(1).getBounds(1), true);
		harness.driver.waitUntil("the step to move", () -> flow.getInterfaces().get(0) != order);

		assertEquals(List.of(post, order), flow.getInterfaces());
		undo();
		assertEquals(List.of(order, post), flow.getInterfaces());
	}

	@Test
	void interfacesDraggedFromTheExplorerJoinButASystemIsRefused() throws Exception {
		LandscapeSystem erp = add(harness.model().landscape(), LANDSCAPE__SYSTEMS, LandscapeSystem.class, "ERP");
		harness.openExplorer();
		Tree tree = harness.driver.find(harness.explorerArea, LandscapeExplorerPart.TREE_ID, Tree.class);
		TreeItem systemRow = Gestures.item(tree, "Systems (1)", "ERP");
		Gestures.select(tree, systemRow);
		Object before = stack().getUndoCommand();

		drag(tree, systemRow.getBounds(), steps.getItem(0).getBounds(1), false);
		assertEquals(List.of(order, post), flow.getInterfaces(), "a system is not an interface: nothing dropped");
		assertEquals(before, stack().getUndoCommand(), "no command for a refused drop");
		assertEquals(List.of(erp), harness.model().landscape().getSystems());

		TreeItem invoiceRow = Gestures.item(tree, "Interfaces (4)", "Invoice Out");
		TreeItem routeRow = Gestures.item(tree, "Interfaces (4)", "Order Route");
		tree.setSelection(new TreeItem[] { invoiceRow, routeRow });
		drag(tree, routeRow.getBounds(), steps.getItem(1).getBounds(1), true);
		harness.driver.waitUntil("the dropped interfaces to join", () -> flow.getInterfaces().size() == 4);

		// The explorer lists interfaces by name: Invoice Out before Order Route.
		assertEquals(List.of(order, post, invoice, route), flow.getInterfaces(), "appended after the last step");
		undo();
		assertEquals(List.of(order, post), flow.getInterfaces());
	}

	/** Drags from the middle-left of a source row to the upper or lower half of a sequence row. */
	private void drag(org.eclipse.swt.widgets.Control source, Rectangle from, Rectangle to, boolean lowerHalf)
			throws Exception {
		harness.shell.forceActive();
		harness.driver.flush();
		Point start = source.toDisplay(from.x + 20, from.y + from.height / 2);
		Point end = steps.toDisplay(to.x + 20, lowerHalf ? to.y + to.height - 3 : to.y + 3);
		PointerDrag.drag(harness.driver.display(), start, end);
		harness.driver.flush();
	}

	private static TableItem catalogRow(Table catalog, String name) {
		List<String> seen = new ArrayList<>();
		for (int index = 0; index < catalog.getItemCount(); index++) {
			TableItem item = catalog.getItem(index);
			seen.add(item.getText(0));
			if (item.getText(0).equals(name)) {
				return item;
			}
		}
		throw new AssertionError("No catalog row '" + name + "' among " + seen);
	}

	private static List<String> numbered(Table table) {
		return Arrays.stream(table.getItems()).map(item -> item.getText(0) + " " + item.getText(1)).toList();
	}
}
