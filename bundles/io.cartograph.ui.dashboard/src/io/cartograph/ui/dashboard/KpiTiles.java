package io.cartograph.ui.dashboard;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.kpi.Colour;
import io.cartograph.rules.kpi.KpiReport;
import io.cartograph.rules.kpi.KpiReport.Anomaly;
import io.cartograph.rules.kpi.KpiReport.ErrorCount;
import io.cartograph.rules.kpi.KpiReport.MonthTraffic;
import io.cartograph.rules.kpi.TimingPattern;
import io.cartograph.ui.dashboard.Tile.Bar;
import io.cartograph.ui.dashboard.Tile.Row;

/**
 * Turns a KPI report into the dashboard's tiles, one per KPI the dashboard settings activate
 * (all of them when the settings activate none). The activated elements are the onboarding
 * guide's names ("Adapter Top 5", "Frequency", "Inventory", ...) or the sample's ("Interfaces",
 * "Strategy Fit", "To-do"); they are compared by their letters and digits, ignoring case.
 */
final class KpiTiles {

	static final String ROBUSTNESS = "dashboard.tile.robustness";
	static final String DECOMMISSIONING = "dashboard.tile.decommissioning";
	static final String COMPLEXITY = "dashboard.tile.complexity";
	static final String TIMING = "dashboard.tile.timing";
	static final String TRAFFIC = "dashboard.tile.traffic";
	static final String ERRORS = "dashboard.tile.errors";
	static final String ANOMALIES = "dashboard.tile.anomalies";
	static final String COVERAGE = "dashboard.tile.coverage";
	static final String LANDSCAPE_CHECK = "dashboard.tile.landscapeCheck";
	static final String INTEGRATIONS = "dashboard.tile.integrations";
	static final String ADAPTERS = "dashboard.tile.adapterTop5";
	static final String AUTHENTICATION = "dashboard.tile.authenticationTop5";

	/** Tile id to the element names that activate it, in the order the tiles appear. */
	static final Map<String, Set<String>> ELEMENTS = orderedElements();

	private KpiTiles() {
	}

	private static Map<String, Set<String>> orderedElements() {
		Map<String, Set<String>> elements = new java.util.LinkedHashMap<>();
		elements.put(ROBUSTNESS, Set.of("robustness"));
		elements.put(DECOMMISSIONING, Set.of("decommissioning"));
		elements.put(TRAFFIC, Set.of("traffic"));
		elements.put(ERRORS, Set.of("errors", "error"));
		elements.put(ANOMALIES, Set.of("anomalies", "anomaly"));
		elements.put(TIMING, Set.of("timing", "frequency"));
		elements.put(COMPLEXITY, Set.of("complexity"));
		elements.put(COVERAGE, Set.of("inventory", "todo", "inventorycoverage"));
		elements.put(LANDSCAPE_CHECK, Set.of("landscapecheck"));
		elements.put(INTEGRATIONS, Set.of("interfaces", "integrations", "endtoend"));
		elements.put(ADAPTERS, Set.of("adaptertop5", "strategyfit", "strategyfitadapter"));
		elements.put(AUTHENTICATION, Set.of("authenticationtop5", "strategyfit", "strategyfitauthentication"));
		return java.util.Collections.unmodifiableMap(elements);
	}

	/** The ids of the tiles to show for these activated elements, in dashboard order. */
	static List<String> activated(Collection<String> elements) {
		Set<String> wanted = elements.stream().map(KpiTiles::key).collect(Collectors.toSet());
		List<String> ids = new ArrayList<>();
		ELEMENTS.forEach((id, names) -> {
			if (wanted.isEmpty() || names.stream().anyMatch(wanted::contains)) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static String key(String element) {
		return element == null ? "" : element.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
	}

	static List<Tile> of(KpiReport report, Collection<String> elements) {
		List<Tile> tiles = new ArrayList<>();
		for (String id : activated(elements)) {
			tiles.add(tile(id, report));
		}
		return tiles;
	}

	static Tile tile(String id, KpiReport report) {
		return switch (id) {
		case ROBUSTNESS -> robustness(report.robustness());
		case DECOMMISSIONING -> decommissioning(report.decommissioning());
		case COMPLEXITY -> complexity(report);
		case TIMING -> timing(report);
		case TRAFFIC -> traffic(report.traffic());
		case ERRORS -> errors(report.errors());
		case ANOMALIES -> anomalies(report.anomalies());
		case COVERAGE -> coverage(report.coverage());
		case LANDSCAPE_CHECK -> landscapeCheck(report.landscapeCheck());
		case INTEGRATIONS -> integrations(report.integrations());
		case ADAPTERS -> top5(ADAPTERS, "Adapter top 5", "adapters", report.adapterTop5());
		case AUTHENTICATION -> top5(AUTHENTICATION, "Authentication top 5", "authentication methods",
				report.authenticationTop5());
		default -> throw new IllegalArgumentException("No such tile: " + id);
		};
	}

	private static Tile robustness(KpiReport.Robustness robustness) {
		String figure = robustness.percent().map(KpiTiles::percent).orElse("\u2013");
		String explanation = robustness.messages() == 0
				? "No messages of productive interfaces in the last " + robustness.days() + " days"
				: robustness.completed() + " of " + robustness.messages() + " messages of productive interfaces completed in the last "
						+ robustness.days() + " days";
		List<Row> rows = robustness.worst().stream()
				.map(each -> new Row(each.item().getName() + ": " + percent(each.percent()) + " (" + each.completed() + " of "
						+ each.messages() + ")", each.item()))
				.toList();
		return new Tile(ROBUSTNESS, "Robustness", figure, explanation, robustness.colour(), List.of(), rows,
				robustness.worst().stream().map(KpiReport.InterfaceRobustness::item).toList());
	}

	private static Tile decommissioning(KpiReport.Decommissioning decommissioning) {
		String explanation = "Productive interfaces with " + (decommissioning.threshold() <= 1 ? "no messages"
				: "fewer than " + decommissioning.threshold() + " messages") + " in the last " + decommissioning.days() + " days";
		return new Tile(DECOMMISSIONING, "Decommissioning candidates", Integer.toString(decommissioning.candidates().size()),
				explanation, decommissioning.colour(), List.of(), interfaceRows(decommissioning.candidates()),
				decommissioning.candidates());
	}

	private static Tile complexity(KpiReport report) {
		List<Bar> bars = new ArrayList<>();
		int all = 0;
		for (var entry : report.complexity().entrySet()) {
			bars.add(new Bar(title(entry.getKey().getName()), entry.getValue(), Colour.NONE));
			all += entry.getValue();
		}
		return new Tile(COMPLEXITY, "Complexity", Integer.toString(all), "Interfaces per complexity class", Colour.NONE, bars,
				bars.stream().map(bar -> new Row(bar.label() + ": " + bar.value(), null)).toList(), List.of());
	}

	private static Tile timing(KpiReport report) {
		List<Bar> bars = new ArrayList<>();
		long withTraffic = 0;
		long without = 0;
		for (var entry : report.timing().entrySet()) {
			// The interfaces without traffic are the decommissioning tile's business; as a bar they dwarf the patterns.
			if (entry.getKey() == TimingPattern.NONE) {
				without += entry.getValue();
			} else {
				bars.add(new Bar(title(entry.getKey().name()), entry.getValue(), Colour.NONE));
				withTraffic += entry.getValue();
			}
		}
		List<Row> rows = new ArrayList<>(bars.stream().map(bar -> new Row(bar.label() + ": " + bar.value(), null)).toList());
		rows.add(new Row("No traffic: " + without, null));
		return new Tile(TIMING, "Timing", Long.toString(withTraffic),
				"Productive interfaces with traffic in the last 12 weeks, per pattern (" + without + " without)", Colour.NONE, bars,
				rows, List.of());
	}

	private static Tile traffic(List<MonthTraffic> months) {
		long messages = months.stream().mapToLong(MonthTraffic::messages).sum();
		long failed = months.stream().mapToLong(MonthTraffic::failed).sum();
		List<Bar> bars = months.stream()
				.map(month -> new Bar(month.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), month.messages(),
						Colour.NONE))
				.toList();
		List<Row> rows = months.stream()
				.map(month -> new Row(month.month() + ": " + month.messages() + " messages, " + month.failed() + " failed", null))
				.toList();
		return new Tile(TRAFFIC, "Traffic", Long.toString(messages),
				"Messages of productive interfaces in the last 3 months (" + failed + " failed)", Colour.NONE, bars, rows, List.of());
	}

	private static Tile errors(List<ErrorCount> errors) {
		if (errors.isEmpty()) {
			return new Tile(ERRORS, "Errors", "\u2013", "No error windows set (Settings: Dashboard)", Colour.NONE, List.of(),
					List.of(), List.of());
		}
		long failed = errors.stream().mapToLong(ErrorCount::failed).sum();
		long messages = errors.stream().mapToLong(ErrorCount::messages).sum();
		List<Row> rows = errors.stream()
				.map(each -> new Row(each.dataSource() + (each.interfaceType().isBlank() ? "" : " / " + each.interfaceType())
						+ ", last " + each.hours() + " h: " + each.failed() + " of " + each.messages() + " failed, "
						+ each.failingInterfaces() + " interfaces failing", null))
				.toList();
		return new Tile(ERRORS, "Errors", Long.toString(failed),
				"Failed of " + messages + " messages in " + errors.size() + " error window" + (errors.size() == 1 ? "" : "s"),
				Colour.NONE, List.of(), rows, List.of());
	}

	private static Tile anomalies(List<Anomaly> anomalies) {
		if (anomalies.isEmpty()) {
			return new Tile(ANOMALIES, "Anomalies", "\u2013", "No anomaly bounds set (Settings: Dashboard)", Colour.NONE, List.of(),
					List.of(), List.of());
		}
		List<Anomaly> outside = anomalies.stream().filter(each -> each.outside().isPresent()).toList();
		List<Row> rows = outside.stream()
				.map(each -> new Row(each.item().getName() + ": " + each.outside().orElseThrow() + ", " + each.messages()
						+ " messages " + each.from() + " to " + each.to(), each.item()))
				.toList();
		return new Tile(ANOMALIES, "Anomalies", Integer.toString(outside.size()),
				"Of " + anomalies.size() + " checked interfaces outside their bounds in the last complete period", Colour.NONE,
				List.of(), rows, outside.stream().map(Anomaly::item).toList());
	}

	private static Tile coverage(KpiReport.Coverage coverage) {
		String figure = coverage.percent().map(KpiTiles::percent).orElse("\u2013");
		return new Tile(COVERAGE, "Inventory coverage", figure,
				(coverage.interfaces() - coverage.onTodoList()) + " of " + coverage.interfaces()
						+ " interfaces complete, " + coverage.onTodoList() + " on the To-do list",
				Colour.NONE, List.of(), List.of(), List.of());
	}

	private static Tile landscapeCheck(KpiReport.LandscapeCheck check) {
		List<Row> rows = check.inconsistent().stream()
				.map(each -> new Row(each.name() + " (" + each.externalId() + "): " + each.versions().entrySet().stream()
						.map(version -> version.getKey() + " " + version.getValue()).collect(Collectors.joining(", ")), null))
				.toList();
		return new Tile(LANDSCAPE_CHECK, "Landscape check", check.consistent() + " / " + check.artifactsInSeveralEnvironments(),
				"Artifacts in several environments with the same version everywhere", Colour.NONE, List.of(), rows, List.of());
	}

	private static Tile integrations(KpiReport.Integrations integrations) {
		return new Tile(INTEGRATIONS, "Integrations", Integer.toString(integrations.endToEnd()),
				"End-to-end integrations (" + integrations.proposals() + (integrations.proposals() == 1 ? " proposal); " : " proposals); ") + integrations.interfacesInNone() + " of "
						+ integrations.interfaces() + " interfaces in none",
				Colour.NONE, List.of(), List.of(), List.of());
	}

	private static Tile top5(String id, String title, String what, List<StrategyFit.Row> rows) {
		List<Bar> bars = rows.stream().map(row -> new Bar(row.technology(), row.interfaces(), colour(row.fit()))).toList();
		List<Row> details = rows.stream()
				.map(row -> new Row(row.technology() + ": " + row.interfaces() + " interfaces, " + row.integrations()
						+ " integrations, fit " + row.fit().map(Fit::getName).orElse("not in the strategy"), null))
				.toList();
		return new Tile(id, title, rows.isEmpty() ? "\u2013" : rows.get(0).technology(),
				"The most used " + what + ", coloured by their strategy fit", Colour.NONE, bars, details, List.of());
	}

	static Colour colour(Optional<Fit> fit) {
		return fit.map(each -> switch (each) {
		case GOOD -> Colour.GREEN;
		case PARTIAL -> Colour.YELLOW;
		case NO -> Colour.RED;
		default -> Colour.NONE;
		}).orElse(Colour.NONE);
	}

	private static List<Row> interfaceRows(List<Interface> interfaces) {
		return interfaces.stream().map(each -> new Row(each.getName(), each)).toList();
	}

	static String percent(double value) {
		return String.format(Locale.ROOT, "%.1f %%", value);
	}

	private static String title(String constant) {
		String spaced = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}
}
