package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.ui.WidgetTags;

/**
 * Settings > Properties: the extra fields interfaces, business objects and systems carry, one
 * tab per category, each with its name and format (ID, URL, DATE, NUMBER, STRING).
 */
final class PropertySettings {

	static final String TABS_ID = "settings.properties.tabs";

	private PropertySettings() {
	}

	static void fill(Form form) {
		form.section("Properties");
		EnvironmentSettings.hint(form, "Properties are the extra fields of interfaces, business objects and "
				+ "systems. Their values are entered in each object's editor.");
		TabFolder tabs = WidgetTags.tag(new TabFolder(form.body(), SWT.TOP), TABS_ID);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(tabs);
		tab(form, tabs, "Interface", PropertyCategory.INTERFACE);
		tab(form, tabs, "Object", PropertyCategory.OBJECT);
		tab(form, tabs, "System", PropertyCategory.SYSTEM);
	}

	/** The scope of a tab's widget ids: settings.properties.interface, ... */
	static String scopeOf(PropertyCategory category) {
		return "settings.properties." + category.getLiteral().toLowerCase();
	}

	private static void tab(Form form, TabFolder tabs, String title, PropertyCategory category) {
		TabItem item = new TabItem(tabs, SWT.NONE);
		item.setText(title);
		Composite body = new Composite(tabs, SWT.NONE);
		item.setControl(body);
		Form tab = new Form(form.context(), body, LANDSCAPE, scopeOf(category), form::target);
		form.bind(tab::refresh);
		ChildTable.of(tab, LANDSCAPE__PROPERTY_DEFINITIONS)
				.filter(definition -> ((PropertyDefinition) definition).getCategory() == category)
				.column("Name", 200, definition -> orEmpty(((PropertyDefinition) definition).getName()))
				.column("Format", 90, definition -> String.valueOf(((PropertyDefinition) definition).getFormat()))
				.column("Description", 260, definition -> orEmpty(((PropertyDefinition) definition).getDescription()))
				.creating(() -> {
					PropertyDefinition definition = Identities.create(LandscapePackage.Literals.PROPERTY_DEFINITION,
							PropertyDefinition.class);
					definition.setName("New Property");
					definition.setCategory(category);
					definition.setFormat(PropertyFormat.STRING);
					return definition;
				})
				.rows(8)
				.detail(detail -> {
					detail.text(NAMED__NAME);
					detail.choice(PROPERTY_DEFINITION__FORMAT);
					detail.text(PROPERTY_DEFINITION__DESCRIPTION);
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
