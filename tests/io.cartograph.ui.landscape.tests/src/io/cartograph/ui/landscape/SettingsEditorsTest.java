package io.cartograph.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.model.landscape.Role;
import io.cartograph.model.landscape.User;

/** Settings pages: Properties, Tags, Environments, Users and Roles. */
class SettingsEditorsTest extends EditorTest {

	private Landscape landscape() {
		return harness.model().landscape();
	}

	@Test
	void propertiesAreAddedPerCategoryWithNameAndFormat() {
		open(SettingsPage.PROPERTIES);
		TabFolder tabs = inEditor("settings.properties.tabs", TabFolder.class);
		assertEquals(List.of("Interface", "Object", "System"),
				java.util.Arrays.stream(tabs.getItems()).map(item -> item.getText()).toList());
		String scope = "settings.properties.object";
		edit(() -> Gestures.click(inEditor(scope + ".Landscape.propertyDefinitions.add", Button.class)));
		PropertyDefinition added = landscape().getPropertyDefinitions().get(0);
		assertEquals(PropertyCategory.OBJECT, added.getCategory());
		edit(() -> Gestures.type(inEditor(scope + ".PropertyDefinition.name", Text.class), "LeanIX ID"));
		edit(() -> Gestures.pick(inEditor(scope + ".PropertyDefinition.format", Combo.class), "ID"));
		assertEquals("LeanIX ID", added.getName());
		assertEquals(PropertyFormat.ID, added.getFormat());
		assertEquals(List.of("LeanIX ID"), Gestures.rows(inEditor(scope + ".Landscape.propertyDefinitions", Table.class)));
		assertTrue(Gestures.rows(inEditor("settings.properties.interface.Landscape.propertyDefinitions", Table.class)).isEmpty(),
				"an object property is not an interface property");
		undo();
		assertEquals(PropertyFormat.STRING, added.getFormat());
		edit(() -> Gestures.click(inEditor(scope + ".Landscape.propertyDefinitions.remove", Button.class)));
		assertTrue(landscape().getPropertyDefinitions().isEmpty());
		undo();
		assertEquals(List.of(added), landscape().getPropertyDefinitions());
	}

	@Test
	void tagCategoriesHoldTheirValues() {
		open(SettingsPage.TAGS);
		edit(() -> Gestures.click(inEditor("editor.Landscape.tagCategories.add", Button.class)));
		edit(() -> Gestures.type(inEditor("editor.TagCategory.name", Text.class), "Criticality"));
		Button addValue = inEditor("editor.TagCategory.values.add", Button.class);
		edit(() -> Gestures.click(addValue));
		edit(() -> Gestures.type(inEditor("editor.TagValue.name", Text.class), "High"));
		edit(() -> Gestures.click(addValue));
		assertEquals(List.of("High", "New Value"),
				landscape().getTagCategories().get(0).getValues().stream().map(value -> value.getName()).toList());
		assertEquals("High, New Value", inEditor("editor.Landscape.tagCategories", Table.class).getItem(0).getText(1));
		undo();
		assertEquals(1, landscape().getTagCategories().get(0).getValues().size());
	}

	@Test
	void environmentsGetTheOptionalOnesInPlaceAndKeepTheirOrder() {
		open(SettingsPage.ENVIRONMENTS);
		Table table = inEditor("editor.Landscape.environments", Table.class);
		edit(() -> Gestures.click(inEditor("editor.Landscape.environments.addPreProduction", Button.class)));
		edit(() -> Gestures.click(inEditor("editor.Landscape.environments.addSandbox", Button.class)));
		assertEquals(List.of("Sandbox", "Development", "Quality", "Test", "Pre-Production", "Production"), Gestures.rows(table));
		assertFalse(inEditor("editor.Landscape.environments.addSandbox", Button.class).isEnabled());

		Gestures.select(table, 1);
		assertFalse(inEditor("editor.Landscape.environments.remove", Button.class).isEnabled(), "standard ones stay");
		edit(() -> Gestures.type(inEditor("editor.Environment.name", Text.class), "Dev"));
		assertEquals("Dev", landscape().getEnvironments().get(1).getName());

		Gestures.select(table, 0);
		edit(() -> Gestures.click(inEditor("editor.Landscape.environments.down", Button.class)));
		List<Environment> environments = landscape().getEnvironments();
		assertEquals(List.of("Dev", "Sandbox"), List.of(environments.get(0).getName(), environments.get(1).getName()));
		assertEquals(List.of(0, 10, 20, 30, 40, 50), environments.stream().map(Environment::getRank).toList(),
				"ranks follow the order");
		undo();
		assertEquals("Sandbox", landscape().getEnvironments().get(0).getName());
		assertTrue(landscape().getEnvironments().get(0).getRank() < landscape().getEnvironments().get(1).getRank(),
				"one undo puts order and ranks back");
	}

	@Test
	void usersGetARole() {
		open(SettingsPage.USERS);
		edit(() -> Gestures.click(inEditor("editor.Landscape.users.add", Button.class)));
		edit(() -> Gestures.type(inEditor("editor.User.email", Text.class), "anna@example.com"));
		edit(() -> Gestures.pick(inEditor("editor.User.role", Combo.class), "ADMINISTRATOR"));
		User user = landscape().getUsers().get(0);
		assertEquals(Role.ADMINISTRATOR, user.getRole());
		assertEquals("anna@example.com", user.getEmail());
		edit(() -> Gestures.click(inEditor("editor.User.active", Button.class)));
		assertFalse(user.isActive());
		assertEquals("no", inEditor("editor.Landscape.users", Table.class).getItem(0).getText(3));
		undo();
		undo();
		assertEquals(Role.USER, user.getRole());
		assertTrue(user.isActive());
	}
}
