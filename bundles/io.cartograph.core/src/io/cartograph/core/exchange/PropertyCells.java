package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_HOLDER__PROPERTIES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__VALUE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.PropertyFormats;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;

/**
 * The columns beyond a sheet's fixed ones: each names a property definition of the sheet's
 * category and holds its values, checked against the definition's format. Columns that name no
 * definition are reported and ignored.
 */
final class PropertyCells {

	private final ImportPlan plan;
	private final Map<String, PropertyDefinition> columns = new LinkedHashMap<>();

	PropertyCells(LandscapeModel model, PropertyCategory category, Rows rows, Sheet sheet, ImportPlan plan) {
		this.plan = plan;
		Names<PropertyDefinition> definitions = Names.of(model.landscape().getPropertyDefinitions().stream()
				.filter(definition -> definition.getCategory() == category).toList(), definition -> List.of(Cells.text(definition.getName())));
		for (String column : rows.columnsOutside(sheet.columns())) {
			PropertyDefinition definition = definitions.find(column);
			if (definition == null) {
				plan.notice("The column '" + column + "' is not a property of " + category.getName() + " objects and is ignored. "
						+ "To import it, define a property of that name (category " + category.getName() + ") first.");
			} else {
				columns.put(column, definition);
			}
		}
	}

	/** Reports cells whose value does not fit their property's format. */
	void check(Rows.Row row) {
		columns.forEach((column, definition) -> PropertyFormats.problem(definition.getFormat(), row.get(column))
				.ifPresent(problem -> plan.error(row.line(), "column '" + column + "': " + problem + ".")));
	}

	void apply(Rows.Row row, PropertyHolder target, Changes changes) {
		columns.forEach((column, definition) -> {
			String value = row.get(column);
			PropertyValue existing = find(target, definition);
			if (value.isEmpty()) {
				if (existing != null) {
					changes.remove(target, PROPERTY_HOLDER__PROPERTIES, existing);
				}
			} else if (existing != null) {
				changes.set(existing, PROPERTY_VALUE__VALUE, value);
			} else {
				PropertyValue created = Identities.create(LandscapePackage.Literals.PROPERTY_VALUE, PropertyValue.class);
				created.setDefinition(definition);
				created.setValue(value);
				changes.add(target, PROPERTY_HOLDER__PROPERTIES, created);
			}
		});
	}

	/** The named property definitions of a category, in the landscape's order: the sheet's extra columns. */
	static List<PropertyDefinition> definitions(LandscapeModel model, PropertyCategory category) {
		return model.landscape().getPropertyDefinitions().stream()
				.filter(definition -> definition.getCategory() == category && !Cells.text(definition.getName()).isBlank())
				.toList();
	}

	/** The object's value of a property, or an empty cell. */
	static String value(PropertyHolder holder, PropertyDefinition definition) {
		PropertyValue value = find(holder, definition);
		return value == null ? "" : Cells.text(value.getValue());
	}

	private static PropertyValue find(PropertyHolder holder, PropertyDefinition definition) {
		for (PropertyValue value : holder.getProperties()) {
			if (value.getDefinition() == definition) {
				return value;
			}
		}
		return null;
	}
}
