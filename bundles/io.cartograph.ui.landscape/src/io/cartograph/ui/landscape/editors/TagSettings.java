package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.stream.Collectors;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

/** Settings > Tags: tag categories (Criticality, Domain, ...) and the values each offers. */
final class TagSettings {

	private TagSettings() {
	}

	static void fill(Form form) {
		form.section("Tags");
		EnvironmentSettings.hint(form, "Tags sort interfaces, systems and integrations into categories. "
				+ "Pick a category to edit its values.");
		ChildTable.of(form, LANDSCAPE__TAG_CATEGORIES)
				.column("Category", 200, category -> orEmpty(((TagCategory) category).getName()))
				.column("Values", 320, category -> ((TagCategory) category).getValues().stream()
						.map(value -> orEmpty(value.getName())).collect(Collectors.joining(", ")))
				.creating(() -> {
					TagCategory category = Identities.create(LandscapePackage.Literals.TAG_CATEGORY, TagCategory.class);
					category.setName("New Category");
					return category;
				})
				.detail(category -> {
					category.text(NAMED__NAME);
					category.text(TAG_CATEGORY__DESCRIPTION);
					ChildTable.of(category, TAG_CATEGORY__VALUES)
							.column("Value", 240, value -> orEmpty(((TagValue) value).getName()))
							.creating(() -> {
								TagValue value = Identities.create(LandscapePackage.Literals.TAG_VALUE, TagValue.class);
								value.setName("New Value");
								return value;
							})
							.ordered().rows(5)
							.detail(value -> value.text(NAMED__NAME))
							.build();
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
