package io.cartograph.rules.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.kpi.KpiReport.Anomaly;
import io.cartograph.rules.kpi.KpiReport.ErrorCount;
import io.cartograph.rules.kpi.KpiReport.InterfaceRobustness;
import io.cartograph.rules.kpi.KpiReport.MonthTraffic;
import io.cartograph.rules.kpi.KpiReport.VersionSpread;

/**
 * A report as nested maps and lists with stable keys, in a stable order, for JSON output.
 * Percentages are rounded to one decimal; missing values are null; interfaces appear by name.
 */
public final class KpiJson {

	private KpiJson() {
	}

	public static Map<String, Object> of(KpiReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("at", report.at().toString());
		Map<String, Object> robustness = new LinkedHashMap<>();
		robustness.put("days", report.robustness().days());
		robustness.put("messages", report.robustness().messages());
		robustness.put("completed", report.robustness().completed());
		robustness.put("percent", round(report.robustness().percent()));
		robustness.put("colour", report.robustness().colour().name());
		List<Object> worst = new ArrayList<>();
		for (InterfaceRobustness each : report.robustness().worst()) {
			worst.add(map("interface", each.item().getName(), "messages", each.messages(), "completed", each.completed(),
					"percent", round(Optional.of(each.percent()))));
		}
		robustness.put("worst", worst);
		json.put("robustness", robustness);
		json.put("decommissioning", map("days", report.decommissioning().days(), "threshold", report.decommissioning().threshold(),
				"count", report.decommissioning().candidates().size(), "colour", report.decommissioning().colour().name(),
				"interfaces", names(report.decommissioning().candidates())));
		Map<String, Object> complexity = new LinkedHashMap<>();
		report.complexity().forEach((key, count) -> complexity.put(key.getName(), count));
		json.put("complexity", complexity);
		Map<String, Object> timing = new LinkedHashMap<>();
		report.timing().forEach((key, count) -> timing.put(key.name(), count));
		json.put("timing", timing);
		List<Object> traffic = new ArrayList<>();
		for (MonthTraffic month : report.traffic()) {
			traffic.add(map("month", month.month().toString(), "messages", month.messages(), "failed", month.failed()));
		}
		json.put("traffic", traffic);
		List<Object> errors = new ArrayList<>();
		for (ErrorCount error : report.errors()) {
			errors.add(map("dataSource", error.dataSource(), "interfaceType", error.interfaceType(), "hours", error.hours(),
					"messages", error.messages(), "failed", error.failed(), "failingInterfaces", error.failingInterfaces()));
		}
		json.put("errors", errors);
		List<Object> anomalies = new ArrayList<>();
		for (Anomaly anomaly : report.anomalies()) {
			anomalies.add(map("interface", anomaly.item().getName(), "period", anomaly.period().getName(), "from",
					anomaly.from().toString(), "to", anomaly.to().toString(), "messages", anomaly.messages(), "lower",
					anomaly.lower(), "upper", anomaly.upper().orElse(null), "outside", anomaly.outside().orElse(null)));
		}
		json.put("anomalies", anomalies);
		json.put("coverage", map("interfaces", report.coverage().interfaces(), "onTodoList", report.coverage().onTodoList(),
				"percent", round(report.coverage().percent())));
		List<Object> spreads = new ArrayList<>();
		for (VersionSpread spread : report.landscapeCheck().inconsistent()) {
			spreads.add(map("externalId", spread.externalId(), "name", spread.name(), "versions", spread.versions()));
		}
		json.put("landscapeCheck", map("artifactsInSeveralEnvironments", report.landscapeCheck().artifactsInSeveralEnvironments(),
				"consistent", report.landscapeCheck().consistent(), "inconsistent", spreads));
		json.put("integrations", map("endToEnd", report.integrations().endToEnd(), "proposals", report.integrations().proposals(),
				"interfaces", report.integrations().interfaces(), "interfacesInNone", report.integrations().interfacesInNone()));
		json.put("adapterTop5", rows(report.adapterTop5()));
		json.put("authenticationTop5", rows(report.authenticationTop5()));
		json.put("adapterFit", report.adapterFit());
		json.put("authenticationFit", report.authenticationFit());
		return json;
	}

	static List<Object> rows(List<StrategyFit.Row> rows) {
		List<Object> list = new ArrayList<>();
		for (StrategyFit.Row row : rows) {
			list.add(map("technology", row.technology(), "interfaces", row.interfaces(), "integrations", row.integrations(), "fit",
					row.fit().map(fit -> fit.getName()).orElse(InventoryKpis.UNCLASSIFIED)));
		}
		return list;
	}

	private static List<String> names(List<Interface> interfaces) {
		return interfaces.stream().map(item -> String.valueOf(item.getName())).toList();
	}

	/** One decimal, so that the output does not change with floating-point noise. */
	static Double round(Optional<Double> percent) {
		return percent.map(value -> Math.round(value * 10) / 10.0).orElse(null);
	}

	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
