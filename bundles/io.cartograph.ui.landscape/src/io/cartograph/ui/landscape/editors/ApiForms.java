package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Policy;

/** API Management: the providers that reach back-ends and the proxies with their policies. */
final class ApiForms {

	private ApiForms() {
	}

	static void provider(Form form) {
		form.section("API Provider");
		form.text(NAMED__NAME);
		form.area(API_PROVIDER__DESCRIPTION);
		form.text(API_PROVIDER__VIRTUAL_HOST, "Virtual Host (on premise)");
		form.text(API_PROVIDER__PORT);
		form.text(API_PROVIDER__LOCATION_ID, "Location ID (Cloud Connector)");
		form.text(API_PROVIDER__CATALOG_PATH_PREFIX);
		form.text(API_PROVIDER__SERVICE_COLLECTION_URL, "Service Collection URL");
	}

	static void proxy(Form form) {
		var model = form.context().model();
		form.section("API Proxy");
		form.text(NAMED__NAME);
		form.text(API_PROXY__TITLE);
		form.text(API_PROXY__VERSION);
		form.text(API_PROXY__BASE_PATH);
		form.reference(API_PROXY__PROVIDER, "API Provider", () -> Candidates.apiProviders(model));
		form.text(API_PROXY__SERVICE);
		form.section("Policies");
		ChildTable.of(form, API_PROXY__POLICIES)
				.column("Policy", 200, policy -> orEmpty(((Policy) policy).getName()))
				.column("Type", 180, policy -> orEmpty(((Policy) policy).getType()))
				.creating(() -> {
					Policy policy = Identities.create(LandscapePackage.Literals.POLICY, Policy.class);
					policy.setName("New Policy");
					return policy;
				})
				.detail(detail -> {
					detail.text(NAMED__NAME);
					detail.text(POLICY__TYPE, "Type (e.g. VerifyAPIKey)");
					detail.area(POLICY__XML, "XML");
				}).build();
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}
}
