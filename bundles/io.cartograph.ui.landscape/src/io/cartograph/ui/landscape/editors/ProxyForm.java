package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import io.cartograph.ui.landscape.ObjectLabels;

/** A proxy (Cloud Connector style) that data sources reach on-premise systems through. */
final class ProxyForm {

	private ProxyForm() {
	}

	static void fill(Form form) {
		form.section("Proxy (Cloud Connector)");
		form.text(NAMED__NAME);
		form.text(PROXY__HOST);
		form.text(PROXY__PORT);
		form.text(PROXY__LOCATION_ID, "Location ID");
		form.text(PROXY__USERNAME);
		SecretField.add(form, PROXY__PASSWORD, "Password", proxy -> "password of proxy " + ObjectLabels.text(proxy));
	}
}
