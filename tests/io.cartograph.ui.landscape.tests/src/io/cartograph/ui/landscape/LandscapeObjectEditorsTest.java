package io.cartograph.ui.landscape;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.tests.support.swt.PointerDrag;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/** The editors of the landscape's main objects: each field edits through one undoable command. */
class LandscapeObjectEditorsTest extends EditorTest {

	@Test
	void systemEditorRenamesAndTakesAliases() {
		LandscapeSystem erp = add(harness.model().landscape(), LANDSCAPE__SYSTEMS, LandscapeSystem.class, "ERP");
		open(erp);
		Text name = inEditor("editor.LandscapeSystem.name", Text.class);
		edit(() -> Gestures.type(name, "S/4HANA Finance"));
		assertEquals("S/4HANA Finance", erp.getName());
		assertEquals("S/4HANA Finance", harness.editors.active().model().getLabel(), "the tab follows the name");
		undo();
		assertEquals("ERP", erp.getName());
		assertEquals("ERP", name.getText());

		Text aliases = inEditor("editor.LandscapeSystem.aliases", Text.class);
		edit(() -> Gestures.type(aliases, "S4P | s4p-prod |"));
		assertEquals(List.of("S4P", "s4p-prod"), erp.getAliases());
		assertEquals("S4P | s4p-prod", aliases.getText(), "shown the model's way");
		undo();
		assertTrue(erp.getAliases().isEmpty());
	}

	@Test
	void businessObjectEditorEditsTheDescription() {
		BusinessObject order = add(harness.model().landscape(), LANDSCAPE__BUSINESS_OBJECTS, BusinessObject.class, "Sales Order");
		open(order);
		Text description = inEditor("editor.BusinessObject.description", Text.class);
		edit(() -> Gestures.type(description, "Customer orders from all channels"));
		assertEquals("Customer orders from all channels", order.getDescription());
		undo();
		assertNull(order.getDescription());
		assertEquals("", description.getText());
	}

	@Test
	void interfaceEditorEditsFieldsListsObjectsPropertiesAndTags() {
		Landscape landscape = harness.model().landscape();
		BusinessObject order = add(landscape, LANDSCAPE__BUSINESS_OBJECTS, BusinessObject.class, "Sales Order");
		PropertyDefinition owner = add(landscape, LANDSCAPE__PROPERTY_DEFINITIONS, PropertyDefinition.class, "Business Owner");
		owner.setCategory(PropertyCategory.INTERFACE);
		TagCategory criticality = add(landscape, LANDSCAPE__TAG_CATEGORIES, TagCategory.class, "Criticality");
		TagValue high = add(criticality, TAG_CATEGORY__VALUES, TagValue.class, "High");
		Interface orders = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Orders");
		open(orders);

		edit(() -> Gestures.type(inEditor("editor.Interface.externalId", Text.class), "SI_Orders_Out"));
		assertEquals("SI_Orders_Out", orders.getExternalId());
		undo();
		assertNull(orders.getExternalId());

		edit(() -> Gestures.type(inEditor("editor.Interface.adapters", Text.class), "SOAP | IDoc"));
		assertEquals(List.of("SOAP", "IDoc"), orders.getAdapters());

		Table objects = inEditor("editor.Interface.businessObjects", Table.class);
		edit(() -> Gestures.tick(objects, "Sales Order", true));
		assertEquals(List.of(order), orders.getBusinessObjects());
		undo();
		assertTrue(orders.getBusinessObjects().isEmpty());
		assertFalse(Gestures.row(objects, "Sales Order").getChecked());

		edit(() -> Gestures.tick(inEditor("editor.Interface.tags", Table.class), "Criticality: High", true));
		assertEquals(List.of(high), orders.getTags());

		Table properties = inEditor("editor.Interface.properties", Table.class);
		assertEquals(List.of("Business Owner"), Gestures.rows(properties));
		Gestures.select(properties, 0);
		edit(() -> Gestures.type(inEditor("editor.Interface.properties.value", Text.class), "Order-to-Cash team"));
		assertEquals(1, orders.getProperties().size());
		assertSame(owner, orders.getProperties().get(0).getDefinition());
		assertEquals("Order-to-Cash team", orders.getProperties().get(0).getValue());
		assertEquals("Order-to-Cash team", properties.getItem(0).getText(2));
		undo();
		assertTrue(orders.getProperties().isEmpty(), "setting a first value is one command");

		Text lastTraffic = inEditor("editor.Interface.lastTraffic", Text.class);
		refused(() -> Gestures.type(lastTraffic, "yesterday"));
		assertNull(orders.getLastTraffic());
		Label message = inEditor(LandscapeEditorPart.MESSAGE_ID, Label.class);
		assertTrue(message.getText().contains("not a date"), message.getText());
		assertEquals("yesterday", lastTraffic.getText(), "what the user typed stays to be corrected");
		edit(() -> Gestures.type(lastTraffic, "2025-07-31 14:30"));
		assertEquals("2025-07-31 14:30", lastTraffic.getText());
	}

	@Test
	void integrationEditorPicksInterfacesAndOrdersThem() {
		Interface first = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order from shop");
		Interface second = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order to ERP");
		add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Invoice to customer");
		EndToEndIntegration flow = add(harness.model().integrations(), INTEGRATION_CATALOG__INTEGRATIONS,
				EndToEndIntegration.class, "Order to Cash");
		open(flow);

		Button addButton = inEditor("editor.EndToEndIntegration.interfaces.add", Button.class);
		edit(() -> Gestures.withDialog(harness.driver, "picker", dialog -> {
			Text filter = harness.driver.find(dialog, "picker.filter", Text.class);
			filter.setText("order");
			Table list = harness.driver.find(dialog, "picker.list", Table.class);
			assertEquals(List.of("Order from shop", "Order to ERP"), Gestures.rows(list));
			list.selectAll();
			Gestures.click(harness.driver.find(dialog, "picker.ok", Button.class));
		}, () -> Gestures.click(addButton)));
		assertEquals(List.of(first, second), flow.getInterfaces());

		Table steps = inEditor("editor.EndToEndIntegration.interfaces", Table.class);
		Gestures.select(steps, 1);
		edit(() -> Gestures.click(inEditor("editor.EndToEndIntegration.interfaces.up", Button.class)));
		assertEquals(List.of(second, first), flow.getInterfaces());
		assertEquals(List.of("1 Order to ERP", "2 Order from shop"), numbered(steps));
		undo();
		assertEquals(List.of(first, second), flow.getInterfaces());

		// The keyboard does what the buttons do, each one command.
		Gestures.select(steps, 0);
		edit(() -> key(steps, SWT.ARROW_DOWN, SWT.ALT));
		assertEquals(List.of(second, first), flow.getInterfaces());
		assertEquals(List.of("1 Order to ERP", "2 Order from shop"), numbered(steps));
		undo();
		assertEquals(List.of("1 Order from shop", "2 Order to ERP"), numbered(steps), "undo of Alt+Down");
		stack().redo();
		harness.driver.flush();
		assertEquals(List.of(second, first), flow.getInterfaces(), "redo of Alt+Down");
		assertEquals(List.of("1 Order to ERP", "2 Order from shop"), numbered(steps));
		edit(() -> key(steps, SWT.ARROW_UP, SWT.ALT));
		assertEquals(List.of(first, second), flow.getInterfaces());
		Gestures.select(steps, 1);
		edit(() -> key(steps, SWT.DEL, 0));
		assertEquals(List.of(first), flow.getInterfaces());
		undo();
		undo();
		undo();
		assertEquals(List.of(first, second), flow.getInterfaces(), "undo restores the exact order");
		undo();
		assertTrue(flow.getInterfaces().isEmpty(), "adding two picked interfaces is one command");

		LandscapeSystem shop = add(harness.model().landscape(), LANDSCAPE__SYSTEMS, LandscapeSystem.class, "Shop");
		edit(() -> Gestures.pick(inEditor("editor.EndToEndIntegration.sender", Combo.class), "Shop"));
		assertSame(shop, flow.getSender());
	}

	@Test
	void theAddDialogNarrowsTheInterfacesByDataSourceAndEnvironment() {
		Environment production = harness.model().landscape().getEnvironments().stream()
				.filter(environment -> "Production".equals(environment.getName())).findFirst().orElseThrow();
		Environment test = harness.model().landscape().getEnvironments().stream()
				.filter(environment -> "Test".equals(environment.getName())).findFirst().orElseThrow();
		Interface inProduction = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order In");
		Interface inTest = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order In QA");
		assertTrue(harness.edits().set(inProduction, INTERFACE__ENVIRONMENT, production));
		assertTrue(harness.edits().set(inTest, INTERFACE__ENVIRONMENT, test));
		EndToEndIntegration flow = add(harness.model().integrations(), INTEGRATION_CATALOG__INTEGRATIONS,
				EndToEndIntegration.class, "Order to Cash");
		open(flow);

		edit(() -> Gestures.withDialog(harness.driver, "picker", dialog -> {
			Table list = harness.driver.find(dialog, "picker.list", Table.class);
			assertEquals(List.of("Order In  (Production)", "Order In QA  (Test)"), Gestures.rows(list));
			Gestures.pick(harness.driver.find(dialog, "picker.facet.environment", Combo.class), "Production");
			assertEquals(List.of("Order In  (Production)"), Gestures.rows(list));
			list.selectAll();
			Gestures.click(harness.driver.find(dialog, "picker.ok", Button.class));
		}, () -> Gestures.click(inEditor("editor.EndToEndIntegration.interfaces.add", Button.class))));

		assertEquals(List.of(inProduction), flow.getInterfaces());
	}

	@Test
	void aRowDraggedBelowAnotherMovesThereInOneUndoableStep() throws Exception {
		Interface order = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order In");
		Interface route = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Route");
		Interface post = add(harness.model().interfaces(), INTERFACE_CATALOG__INTERFACES, Interface.class, "Order Post");
		EndToEndIntegration flow = add(harness.model().integrations(), INTEGRATION_CATALOG__INTEGRATIONS,
				EndToEndIntegration.class, "Order to Cash");
		assertTrue(harness.edits().addAll(flow, END_TO_END_INTEGRATION__INTERFACES, List.of(order, route, post)));
		open(flow);
		Table steps = inEditor("editor.EndToEndIntegration.interfaces", Table.class);
		Gestures.select(steps, 0);

		// The real pointer (XTest): SWT's drag and drop end to end, drop line included.
		harness.shell.forceActive();
		harness.driver.flush();
		Rectangle from = steps.getItem(0).getBounds(1);
		Rectangle to = steps.getItem(2).getBounds(1);
		PointerDrag.drag(harness.driver.display(), steps.toDisplay(from.x + 20, from.y + from.height / 2),
				steps.toDisplay(to.x + 20, to.y + to.height - 3));
		harness.driver.waitUntil("the dragged row to move", () -> flow.getInterfaces().get(0) != order);

		assertEquals(List.of(route, post, order), flow.getInterfaces(), "dropped after the last row");
		assertEquals(List.of("1 Order Route", "2 Order Post", "3 Order In"), numbered(steps));
		undo();
		assertEquals(List.of(order, route, post), flow.getInterfaces(), "one undo restores the exact order");
		harness.model().commandStack().redo();
		assertEquals(List.of(route, post, order), flow.getInterfaces());
	}

	private static List<String> numbered(Table table) {
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(0) + " " + item.getText(1)).toList();
	}

	private static void key(Table table, int keyCode, int modifiers) {
		Event event = new Event();
		event.keyCode = keyCode;
		event.stateMask = modifiers;
		table.notifyListeners(SWT.KeyDown, event);
	}

	@Test
	void aDeletedObjectsEditorSaysSoUntilUndoBringsItBack() {
		LandscapeSystem erp = add(harness.model().landscape(), LANDSCAPE__SYSTEMS, LandscapeSystem.class, "ERP");
		open(erp);
		harness.edits().delete(List.of(erp));
		harness.driver.flush();
		Label message = inEditor(LandscapeEditorPart.MESSAGE_ID, Label.class);
		assertTrue(message.getText().contains("was deleted"), message.getText());
		undo();
		assertEquals("", message.getText());
		assertTrue(inEditor("editor.LandscapeSystem.name", Text.class).isEnabled());
	}
}
