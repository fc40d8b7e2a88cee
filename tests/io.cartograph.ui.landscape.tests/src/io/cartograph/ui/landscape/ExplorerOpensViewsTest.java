package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.tests.support.RecordingEvents.Sent;
import io.cartograph.tests.support.swt.SwtDriver;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;

/**
 * Groups with a view of their own (Interfaces, Transformation Rules) ask for it on double-click,
 * Enter, Open and in the context menu; the Integration Strategy and To-do settings offer theirs in
 * the context menu. The explorer only posts the request; the views' bundles answer it.
 */
class ExplorerOpensViewsTest extends LandscapeTest {

	private Tree openExplorer() {
		harness.createWorkspace(temp.resolve("views"), "views");
		harness.openExplorer();
		return harness.driver.find(harness.explorerArea, LandscapeExplorerPart.TREE_ID, Tree.class);
	}

	@Test
	void doubleClickOnInterfacesAsksForTheInterfaceCatalogAndLeavesTheGroupAsItIs() {
		Tree tree = openExplorer();
		Interface orders = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		orders.setName("ORDERS");
		harness.edits().add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, orders);
		harness.driver.flush();
		TreeItem interfaces = tree.getItem(2);
		Gestures.select(tree, interfaces);
		Gestures.open(tree);
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.INTERFACE_CATALOG)), harness.events.sent);
		assertFalse(interfaces.getExpanded(), "the twistie and the arrow keys fold it, not opening");
		assertTrue(harness.editors.open().isEmpty());
	}

	@Test
	void enterOnTransformationRulesAsksForTheRulesEditor() {
		Tree tree = openExplorer();
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules"));
		// Through the display's event queue, as the keyboard sends it: the tree turns Enter into its default selection.
		harness.driver.pressKey(tree, 0, SWT.CR);
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.TRANSFORMATION_RULES)), harness.events.sent);
	}

	@Test
	void theRuleListsAskForTheirTabOfTheRulesEditor() {
		Tree tree = openExplorer();
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules", "System Rules (0)"));
		Gestures.click(Gestures.toolItem(harness.explorerArea, "landscape.explorer.open"));
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules", "Object Rules (0)"));
		Gestures.open(tree);
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.SYSTEM_RULES),
				new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.OBJECT_RULES)), harness.events.sent);
	}

	@Test
	void theContextMenuOfInterfacesOpensTheInterfaceCatalog() {
		Tree tree = openExplorer();
		Gestures.select(tree, Gestures.item(tree, "Interfaces (0)"));
		MenuItem open = menuItem(tree, "landscape.explorer.open");
		assertEquals("Open Interface Catalog\tEnter", open.getText());
		assertTrue(open.isEnabled());
		open.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.INTERFACE_CATALOG)), harness.events.sent);
	}

	@Test
	void theIntegrationStrategyOpensItsFormAndOffersStrategyFitInTheContextMenu() {
		Tree tree = openExplorer();
		Gestures.select(tree, Gestures.item(tree, "Transformation Rules", "Integration Strategy"));
		Gestures.open(tree);
		assertSame(harness.model().rules().getStrategy(), harness.editors.active().editor().input());
		assertTrue(harness.events.sent.isEmpty(), "double-click edits the strategy");

		assertEquals("Open\tEnter", menuItem(tree, "landscape.explorer.open").getText());
		MenuItem fit = menuItem(tree, "landscape.explorer.openView");
		assertEquals("Open Strategy Fit", fit.getText());
		fit.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.STRATEGY_FIT)), harness.events.sent);

		Gestures.select(tree, Gestures.item(tree, "Settings", "To-do"));
		assertEquals("Open To-do", menuItem(tree, "landscape.explorer.openView").getText());
		Gestures.select(tree, Gestures.item(tree, "Settings", "Dashboard"));
		assertEquals("Open Dashboard", menuItem(tree, "landscape.explorer.openView").getText());
		Gestures.select(tree, Gestures.item(tree, "Business Objects (0)"));
		assertEquals(List.of(), tagged(shownMenu(tree), "landscape.explorer.openView"), "business objects have no view of their own");
	}

	@Test
	void systemsFoldOnOpenAndOfferTheSystemMapInTheContextMenu() {
		Tree tree = openExplorer();
		Gestures.select(tree, Gestures.item(tree, "Systems (0)"));
		assertEquals("Open\tEnter", menuItem(tree, "landscape.explorer.open").getText());
		MenuItem map = menuItem(tree, "landscape.explorer.openView");
		assertEquals("Open System Map", map.getText());
		map.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.SYSTEM_MAP)), harness.events.sent);
	}

	@Test
	void endToEndIntegrationsFoldOnOpenAndOfferTheProposalsInTheContextMenu() {
		Tree tree = openExplorer();
		TreeItem integrations = Gestures.item(tree, "End-to-End Integrations (0)");
		Gestures.select(tree, integrations);
		assertEquals("Open\tEnter", menuItem(tree, "landscape.explorer.open").getText());
		MenuItem proposals = menuItem(tree, "landscape.explorer.openView");
		assertEquals("Open End-to-End Proposals", proposals.getText());
		proposals.notifyListeners(SWT.Selection, new Event());
		assertEquals(List.of(new Sent(LandscapeTopics.OPEN_VIEW, DedicatedView.END_TO_END_PROPOSALS)), harness.events.sent);
	}

	@Test
	void aGroupWithoutAViewStillFoldsOnDoubleClick() {
		Tree tree = openExplorer();
		TreeItem api = tree.getItem(6);
		assertEquals("API Management", api.getText());
		Gestures.select(tree, api);
		Gestures.open(tree);
		assertTrue(api.getExpanded());
		Gestures.open(tree);
		assertFalse(api.getExpanded());
		assertTrue(harness.events.sent.isEmpty());
	}

	/** The context menu as it is when shown, and its entry with the tag. */
	private static MenuItem menuItem(Tree tree, String id) {
		List<MenuItem> found = tagged(shownMenu(tree), id);
		assertEquals(1, found.size(), "one entry tagged " + id);
		return found.get(0);
	}

	private static Menu shownMenu(Tree tree) {
		Menu menu = tree.getMenu();
		menu.notifyListeners(SWT.Show, new Event());
		return menu;
	}

	private static List<MenuItem> tagged(Menu menu, String id) {
		return Arrays.stream(menu.getItems()).filter(item -> id.equals(item.getData(SwtDriver.KEY))).toList();
	}
}
