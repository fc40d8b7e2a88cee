package io.cartograph.core.model;

import java.util.Locale;

/** How much a landscape model holds, for overviews such as {@code workspace info}. */
public record ModelCounts(int systems, int interfaces, int endToEndIntegrations, int dataSources, int rules) {

	public static ModelCounts of(LandscapeModel model) {
		return new ModelCounts(
				model.landscape().getSystems().size(),
				model.interfaces().getInterfaces().size(),
				model.integrations().getIntegrations().size(),
				model.dataSources().getDataSources().size(),
				model.rules().getSystemMappingRules().size() + model.rules().getObjectRules().size());
	}

	/** "12 systems, 1 interface, 0 end-to-end integrations, 3 data sources, 40 rules". */
	public String describe() {
		return String.join(", ", count(systems, "system"), count(interfaces, "interface"),
				count(endToEndIntegrations, "end-to-end integration"), count(dataSources, "data source"),
				count(rules, "rule"));
	}

	private static String count(int number, String noun) {
		return String.format(Locale.ROOT, "%d %s%s", number, noun, number == 1 ? "" : "s");
	}
}
