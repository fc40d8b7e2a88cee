package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.model.landscape.PropertyCategory;

/** Systems and business objects: what interfaces connect and what they carry. */
final class SystemForms {

	private SystemForms() {
	}

	static void system(Form form) {
		form.section("System");
		form.text(NAMED__NAME);
		form.area(LANDSCAPE_SYSTEM__DESCRIPTION);
		form.text(LANDSCAPE_SYSTEM__OWNER);
		form.list(LANDSCAPE_SYSTEM__ALIASES);
		form.section("Properties");
		PropertyValues.add(form, PropertyCategory.SYSTEM);
		tags(form);
	}

	static void businessObject(Form form) {
		form.section("Business Object");
		form.text(NAMED__NAME);
		form.area(BUSINESS_OBJECT__DESCRIPTION);
		form.section("Properties");
		PropertyValues.add(form, PropertyCategory.OBJECT);
		tags(form);
	}

	/** The tags of anything that has properties, as check boxes "Category: Value". */
	static void tags(Form form) {
		form.section("Tags");
		form.checklist(PROPERTY_HOLDER__TAGS, "Tags", () -> Candidates.tagValues(form.context().model()));
	}
}
