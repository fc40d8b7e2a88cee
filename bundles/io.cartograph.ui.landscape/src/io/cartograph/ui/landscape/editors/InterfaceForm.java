package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.model.landscape.PropertyCategory;

/**
 * An interface: what it is, who sends and receives it (as harvested and as harmonized to the
 * landscape's systems), on which technology, with which business objects, properties and tags.
 */
final class InterfaceForm {

	private InterfaceForm() {
	}

	static void fill(Form form) {
		var model = form.context().model();
		form.section("Interface");
		form.text(NAMED__NAME);
		form.text(INTERFACE__EXTERNAL_ID);
		form.text(INTERFACE__TYPE);
		form.text(INTERFACE__VERSION);
		form.text(INTERFACE__STATUS);
		form.choice(INTERFACE__COMPLEXITY);
		form.text(INTERFACE__LAST_TRAFFIC, "Last Traffic (" + TextCodec.DATE_PATTERN + ")");
		form.check(INTERFACE__NOT_FOUND_IN_LAST_RUN);
		form.section("Sender and Receiver");
		form.text(INTERFACE__ORIGINAL_SENDER, "Original Sender (harvested)");
		form.reference(INTERFACE__SENDER, "Sender System", () -> Candidates.systems(model));
		form.check(INTERFACE__SENDER_SET_BY_HAND, "Sender set by hand");
		form.text(INTERFACE__ORIGINAL_RECEIVER, "Original Receiver (harvested)");
		form.reference(INTERFACE__RECEIVER, "Receiver System", () -> Candidates.systems(model));
		form.check(INTERFACE__RECEIVER_SET_BY_HAND, "Receiver set by hand");
		form.section("Technology");
		form.reference(INTERFACE__DATA_SOURCE, () -> Candidates.dataSources(model));
		form.reference(INTERFACE__ENVIRONMENT, () -> Candidates.environments(model));
		form.list(INTERFACE__ADAPTERS);
		form.list(INTERFACE__AUTHENTICATION_METHODS);
		form.section("End-to-End Integrations");
		IntegrationContext.add(form);
		form.section("Business Objects");
		form.checklist(INTERFACE__BUSINESS_OBJECTS, "Business Objects", () -> Candidates.businessObjects(model));
		form.section("Properties");
		PropertyValues.add(form, PropertyCategory.INTERFACE);
		SystemForms.tags(form);
	}
}
