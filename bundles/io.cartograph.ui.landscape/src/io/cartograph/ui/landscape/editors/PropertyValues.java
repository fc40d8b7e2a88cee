package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_HOLDER__PROPERTIES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__VALUE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.ui.WidgetTags;

/**
 * The property values of an interface, object or system: one row per property definition of
 * that category (Settings > Properties), the value of the selected one edited below. Setting,
 * changing and clearing a value are one command each.
 */
final class PropertyValues implements FieldBinding {

	private final Form form;
	private final PropertyCategory category;
	private final Table table;
	private final Text value;
	private final List<PropertyDefinition> rows = new ArrayList<>();
	private String shown;

	private PropertyValues(Form form, PropertyCategory category) {
		this.form = form;
		this.category = category;
		String id = form.idOf(PROPERTY_HOLDER__PROPERTIES);
		Composite area = new Composite(form.body(), SWT.NONE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(area);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		table = WidgetTags.tag(new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL), id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, table.getItemHeight() * 5).applyTo(table);
		column("Property", 180);
		column("Format", 80);
		column("Value", 240);
		Label caption = new Label(area, SWT.NONE);
		caption.setText("Value");
		value = WidgetTags.tag(new Text(area, SWT.BORDER), id + ".value");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(value);
		table.addListener(SWT.Selection, event -> showSelected());
		value.addListener(SWT.DefaultSelection, event -> commit());
		value.addListener(SWT.FocusOut, event -> commit());
	}

	static PropertyValues add(Form form, PropertyCategory category) {
		PropertyValues values = form.bind(new PropertyValues(form, category));
		values.refresh();
		return values;
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}

	private PropertyHolder holder() {
		return (PropertyHolder) form.target();
	}

	@Override
	public void refresh() {
		PropertyDefinition keep = selected();
		List<PropertyDefinition> now = holder() == null ? List.of()
				: form.context().model().landscape().getPropertyDefinitions().stream()
						.filter(definition -> definition.getCategory() == category).toList();
		if (!now.equals(rows)) {
			rows.clear();
			rows.addAll(now);
			table.setItemCount(rows.size());
		}
		for (int row = 0; row < rows.size(); row++) {
			PropertyDefinition definition = rows.get(row);
			TableItem item = table.getItem(row);
			item.setText(new String[] { name(definition), String.valueOf(definition.getFormat()), textOf(definition) });
		}
		int index = rows.indexOf(keep);
		if (index >= 0) {
			table.setSelection(index);
		}
		showSelected();
	}

	private static String name(PropertyDefinition definition) {
		return definition.getName() == null ? "(unnamed property)" : definition.getName();
	}

	private PropertyDefinition selected() {
		int index = table.getSelectionIndex();
		return index >= 0 && index < rows.size() ? rows.get(index) : null;
	}

	private PropertyValue valueOf(PropertyDefinition definition) {
		for (PropertyValue candidate : holder().getProperties()) {
			if (candidate.getDefinition() == definition) {
				return candidate;
			}
		}
		return null;
	}

	private String textOf(PropertyDefinition definition) {
		PropertyValue current = valueOf(definition);
		return current == null || current.getValue() == null ? "" : current.getValue();
	}

	private void showSelected() {
		PropertyDefinition definition = selected();
		value.setEnabled(definition != null);
		String now = definition == null ? "" : textOf(definition);
		if (!now.equals(shown)) {
			shown = now;
			value.setText(now);
		}
	}

	private void commit() {
		PropertyDefinition definition = selected();
		String typed = value.getText().strip();
		if (definition == null || typed.equals(shown)) {
			return;
		}
		PropertyValue current = valueOf(definition);
		if (typed.isEmpty()) {
			if (current != null) {
				form.context().edits().remove(holder(), PROPERTY_HOLDER__PROPERTIES, List.of(current));
			}
		} else if (current != null) {
			form.context().edits().set(current, PROPERTY_VALUE__VALUE, typed);
		} else {
			PropertyValue added = Identities.create(LandscapePackage.Literals.PROPERTY_VALUE, PropertyValue.class);
			added.setDefinition(definition);
			added.setValue(typed);
			form.context().edits().add(holder(), PROPERTY_HOLDER__PROPERTIES, added);
		}
		shown = null;
		refresh();
	}
}
