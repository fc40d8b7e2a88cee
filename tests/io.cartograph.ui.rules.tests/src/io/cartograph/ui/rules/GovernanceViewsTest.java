package io.cartograph.ui.rules;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.landscape.Edits;
import io.cartograph.tests.support.RecordingEvents;

/** The Strategy Fit and To-do views on a small constructed landscape, driven through their widgets. */
class GovernanceViewsTest {

	@TempDir
	Path temp;
	RulesHarness harness;
	LandscapeModel model;
	Edits edits;
	Interface orders;

	@BeforeEach
	void open() {
		harness = new RulesHarness();
		model = harness.createWorkspace(temp.resolve("ws"));
		edits = new Edits(model);
		orders = Identities.create(INTERFACE, Interface.class);
		orders.setName("ORDERS");
		orders.getAdapters().addAll(List.of("SOAP", "SFTP"));
		orders.getAuthenticationMethods().add("Basic");
		Interface files = Identities.create(INTERFACE, Interface.class);
		files.setName("FILES");
		files.getAdapters().add("SFTP");
		assertTrue(edits.addAll(model.interfaces(), INTERFACE_CATALOG__INTERFACES, List.of(orders, files)));
		model.commandStack().flush();
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void anEmptyStrategyIsFilledWithTheRecommendedDefaultsInOneStep() {
		StrategyFitPart part = harness.open(StrategyFitPart.class);
		Table adapters = harness.driver.find(harness.shell, StrategyFitPart.ADAPTERS_ID, Table.class);
		assertEquals(2, adapters.getItemCount(), "SOAP and SFTP");
		assertEquals("", adapters.getItem(0).getText(3), "no fit while the strategy is empty");
		Button fill = harness.driver.find(harness.shell, StrategyFitPart.FILL_ID, Button.class);
		assertTrue(fill.isEnabled());

		int before = part.updates();
		harness.driver.press(fill);
		harness.driver.waitUntil("the view to update", () -> part.updates() > before);

		assertEquals("SFTP", adapters.getItem(0).getText(0), "the most used first");
		assertEquals("2", adapters.getItem(0).getText(1));
		assertEquals("NO", adapters.getItem(0).getText(3));
		assertEquals("GOOD", adapters.getItem(1).getText(3));
		assertTrue(adapters.getItem(0).getBackground(3).getRed() > adapters.getItem(0).getBackground(3).getGreen(), "NO is red");
		assertTrue(adapters.getItem(1).getBackground(3).getGreen() > adapters.getItem(1).getBackground(3).getRed(), "GOOD is green");
		Table authentication = harness.driver.find(harness.shell, StrategyFitPart.AUTHENTICATION_ID, Table.class);
		assertEquals("PARTIAL", authentication.getItem(0).getText(3));
		assertFalse(fill.isEnabled(), "only an empty strategy is filled");

		int filled = part.updates();
		model.commandStack().undo();
		harness.driver.waitUntil("the view to update", () -> part.updates() > filled);
		assertFalse(model.commandStack().canUndo(), "filling was one command");
		assertTrue(StrategyFitPart.isEmpty(model.rules().getStrategy()));
		assertEquals("", adapters.getItem(0).getText(3));
	}

	@Test
	void theTodoListShowsWhatIsMissingFollowsCommandsAndOpensOnDoubleClick() {
		RecordingEvents events = new RecordingEvents();
		harness.provide(org.eclipse.e4.core.services.events.IEventBroker.class, events);
		TodoPart part = harness.open(TodoPart.class);
		Table table = harness.driver.find(harness.shell, TodoPart.TABLE_ID, Table.class);
		assertEquals(2, table.getItemCount());
		assertEquals("ORDERS", table.getItem(0).getText(1));
		assertTrue(table.getItem(0).getText(2).contains("sender"), table.getItem(0).getText(2));

		table.setSelection(0);
		table.notifyListeners(SWT.Selection, new Event());
		table.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(List.of(new RecordingEvents.Sent(LandscapeTopics.OPEN, orders)), events.sent);

		LandscapeSystem erp = Identities.create(LANDSCAPE_SYSTEM, LandscapeSystem.class);
		erp.setName("ERP");
		BusinessObject order = Identities.create(BUSINESS_OBJECT, BusinessObject.class);
		order.setName("Order");
		assertTrue(edits.add(model.landscape(), LANDSCAPE__SYSTEMS, erp));
		assertTrue(edits.add(model.landscape(), LANDSCAPE__BUSINESS_OBJECTS, order));
		assertTrue(edits.set(orders, INTERFACE__SENDER, erp));
		assertTrue(edits.set(orders, INTERFACE__RECEIVER, erp));
		int before = part.updates();
		assertTrue(edits.add(orders, INTERFACE__BUSINESS_OBJECTS, order));
		harness.driver.waitUntil("the view to update", () -> part.updates() > before);
		assertEquals(1, table.getItemCount(), "ORDERS is complete now");
		assertEquals("FILES", table.getItem(0).getText(1));
	}
}
