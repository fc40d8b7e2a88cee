package io.cartograph.core.sample;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cartograph.core.sample.SampleFacts.FlowFact;
import io.cartograph.core.sample.SampleFacts.ObjectFact;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Product;

/**
 * How each platform names its artifacts, so that the sample's interface list looks like a
 * harvest: iFlow IDs on Cloud Integration, integrated configurations on PO, Mule applications,
 * Logic Apps, IDoc partner profiles and API proxies. Names stay unique within a data source.
 */
final class SampleNaming {

	/** An interface's name, external ID, type and the adapter names its platform uses. */
	record Names(String name, String externalId, String type) {
	}

	private final Map<DataSource, Set<String>> taken = new HashMap<>();

	Names names(DataSource source, FlowFact flow, ObjectFact object) {
		String sender = flow.sender();
		String receiver = flow.receiver();
		String camel = object.camel();
		String lower = camel.toLowerCase(Locale.ROOT);
		Names names = switch (source.getType()) {
		case SAP_BTP -> source.getProducts().contains(Product.APIMANAGEMENT)
				? new Names(lower + "-" + flow.verb().toLowerCase(Locale.ROOT) + "-api", "apiproxy:" + lower + "-"
						+ flow.verb().toLowerCase(Locale.ROOT) + "-api", "API Proxy")
				: new Names(camel + "_" + flow.verb() + "_" + sender + "_to_" + receiver,
						"com.acme." + lower + "." + flow.verb().toLowerCase(Locale.ROOT) + "." + sender.toLowerCase(Locale.ROOT)
								+ "." + receiver.toLowerCase(Locale.ROOT), "Integration Flow");
		case SAP_PO -> new Names("SI_" + camel + "_" + flow.verb() + "_Async_Out",
				"|BS_" + sender + "_PRD|SI_" + camel + "_" + flow.verb() + "_Async_Out||BS_" + receiver + "_PRD", "Integrated Configuration");
		case MULESOFT_ANYPOINT -> new Names(sender.toLowerCase(Locale.ROOT) + "-" + receiver.toLowerCase(Locale.ROOT) + "-" + lower
				+ "-papi", "mule:" + sender.toLowerCase(Locale.ROOT) + "-" + receiver.toLowerCase(Locale.ROOT) + "-" + lower + "-papi",
				"Mule Application");
		case MICROSOFT_AZURE -> new Names("la-" + lower + "-" + flow.verb().toLowerCase(Locale.ROOT) + "-" + receiver.toLowerCase(Locale.ROOT),
				"/subscriptions/acme-integration/resourceGroups/rg-integration-prd/providers/Microsoft.Logic/workflows/la-" + lower + "-"
						+ flow.verb().toLowerCase(Locale.ROOT) + "-" + receiver.toLowerCase(Locale.ROOT), "Logic App");
		default -> new Names(object.idoc() + "_" + sender + "_to_" + receiver, "idoc:" + object.idoc() + ":" + sender + ":" + receiver,
				"IDoc");
		};
		return unique(source, names);
	}

	/** The first free variant: {@code X}, {@code X_2}, {@code X_3}, ... (the external ID follows). */
	private Names unique(DataSource source, Names names) {
		Set<String> used = taken.computeIfAbsent(source, key -> new HashSet<>());
		if (used.add(names.name())) {
			return names;
		}
		for (int variant = 2;; variant++) {
			String name = names.name() + "_" + variant;
			if (used.add(name)) {
				return new Names(name, names.externalId() + "." + variant, names.type());
			}
		}
	}

	/** The platform's name for an adapter technology. */
	static String adapter(DataSource source, String technology) {
		return switch (source.getType()) {
		case SAP_PO -> switch (technology) {
		case "IDoc" -> "IDoc_AAE";
		case "HTTP", "OData" -> "REST";
		case "SuccessFactors", "Ariba", "Salesforce" -> "SOAP";
		default -> technology;
		};
		case MULESOFT_ANYPOINT -> switch (technology) {
		case "IDoc", "RFC", "ODP" -> "SAP";
		case "SuccessFactors", "Ariba", "OData" -> "HTTP";
		default -> technology;
		};
		case MICROSOFT_AZURE -> switch (technology) {
		case "IDoc", "RFC", "ODP" -> "SAP";
		case "SFTP" -> "SFTP-SSH";
		case "AS2" -> "AS2 (v2)";
		default -> "HTTP";
		};
		case SAP_ABAP -> "IDoc";
		default -> technology;
		};
	}
}
