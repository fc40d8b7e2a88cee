package io.cartograph.core.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cartograph.core.Json;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.kpi.KpiJson;
import io.cartograph.rules.kpi.KpiReport;
import io.cartograph.rules.kpi.KpiSettings;
import io.cartograph.rules.kpi.Kpis;
import io.cartograph.rules.todo.TodoCriteria;
import io.cartograph.store.HarvestedData;

/**
 * {@code cartograph cli kpi --workspace DIR [--json]}: every KPI of the dashboard, computed from
 * the workspace's model and store now (formulas in docs/kpis.md).
 */
final class KpiCommand implements CliCommand {

	private final Clock clock;

	KpiCommand() {
		this(Clock.systemUTC());
	}

	KpiCommand(Clock clock) {
		this.clock = clock;
	}

	@Override
	public String name() {
		return "kpi";
	}

	@Override
	public String summary() {
		return "Compute every dashboard KPI (robustness, decommissioning, traffic, To-do coverage, strategy fit, ...)";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.flag("--json", "print JSON (stable keys) instead of text"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		KpiReport report;
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			LandscapeModel model = workspace.model();
			report = new Kpis(clock).compute(List.copyOf(model.interfaces().getInterfaces()),
					List.copyOf(model.integrations().getIntegrations()), KpiSettings.of(model.landscape().getDashboardSettings()),
					TodoCriteria.of(model.landscape().getTodoSettings()), StrategyFit.of(model.rules().getStrategy()),
					HarvestedData.of(workspace.store()));
		}
		if (arguments.has("--json")) {
			out.println(Json.write(KpiJson.of(report)));
		} else {
			print(KpiJson.of(report), out);
		}
		return 0;
	}

	/** The JSON tree as text: a heading per KPI, then its values, lists as indented rows. */
	@SuppressWarnings("unchecked")
	private static void print(Map<String, Object> json, PrintStream out) {
		out.println("KPIs at " + json.get("at"));
		for (Map.Entry<String, Object> kpi : json.entrySet()) {
			if (kpi.getKey().equals("at")) {
				continue;
			}
			out.println();
			out.println(heading(kpi.getKey()));
			Object value = kpi.getValue();
			if (value instanceof Map<?, ?> map) {
				for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
					if (entry.getValue() instanceof List<?> list) {
						out.println("  " + pad(entry.getKey()) + (list.isEmpty() ? "none" : ""));
						list.forEach(row -> out.println("    " + row(row)));
					} else {
						out.println("  " + pad(entry.getKey()) + text(entry.getValue()));
					}
				}
			} else if (value instanceof List<?> list) {
				if (list.isEmpty()) {
					out.println("  none");
				}
				list.forEach(row -> out.println("  " + row(row)));
			}
		}
	}

	private static String row(Object row) {
		if (row instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(entry -> entry.getKey() + "=" + text(entry.getValue())).collect(Collectors.joining("  "));
		}
		return text(row);
	}

	private static String text(Object value) {
		if (value == null) {
			return "-";
		}
		if (value instanceof Optional<?> optional) {
			return optional.map(KpiCommand::text).orElse("-");
		}
		return value.toString();
	}

	/** {@code landscapeCheck} becomes {@code Landscape check}. */
	private static String heading(String key) {
		String words = key.replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static String pad(String key) {
		return String.format("%-37s", heading(key) + ":");
	}
}
