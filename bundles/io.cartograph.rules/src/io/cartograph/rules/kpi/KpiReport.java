package io.cartograph.rules.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.Period;
import io.cartograph.rules.fit.StrategyFit;

/** Every KPI of the dashboard at one instant; docs/kpis.md gives each formula. */
public record KpiReport(Instant at, Robustness robustness, Decommissioning decommissioning,
		Map<ComplexityClass, Integer> complexity, Map<TimingPattern, Integer> timing, List<MonthTraffic> traffic,
		List<ErrorCount> errors, List<Anomaly> anomalies, Coverage coverage, LandscapeCheck landscapeCheck,
		Integrations integrations, List<StrategyFit.Row> adapterTop5, List<StrategyFit.Row> authenticationTop5,
		Map<String, Integer> adapterFit, Map<String, Integer> authenticationFit) {

	/**
	 * @param percent   completed / all messages of productive interfaces in the window, x 100;
	 *                  empty without messages
	 * @param worst     productive interfaces with traffic, least robust first (at most 10)
	 */
	public record Robustness(int days, long messages, long completed, Optional<Double> percent, Colour colour,
			List<InterfaceRobustness> worst) {
	}

	public record InterfaceRobustness(Interface item, long messages, long completed, double percent) {
	}

	/**
	 * @param threshold  an interface with fewer messages than this in the window is a candidate
	 * @param candidates productive interfaces with fewer messages, by name
	 */
	public record Decommissioning(int days, int threshold, List<Interface> candidates, Colour colour) {
	}

	public record MonthTraffic(YearMonth month, long messages, long failed) {
	}

	/** Failed messages of a data source's interfaces of one type in the last hours. */
	public record ErrorCount(String dataSource, String interfaceType, int hours, long messages, long failed,
			int failingInterfaces) {
	}

	/**
	 * An anomaly bound checked on the last complete period.
	 *
	 * @param outside BELOW or ABOVE when the count is outside the bounds, else empty
	 */
	public record Anomaly(Interface item, Period period, LocalDate from, LocalDate to, long messages, double lower,
			Optional<Double> upper, Optional<String> outside) {
	}

	/** Interfaces not on the To-do list, as a share of all interfaces. */
	public record Coverage(int interfaces, int onTodoList, Optional<Double> percent) {
	}

	/** Artifacts deployed in more than one environment, and those whose versions differ. */
	public record LandscapeCheck(int artifactsInSeveralEnvironments, int consistent, List<VersionSpread> inconsistent) {
	}

	/** One artifact's versions per environment (environments by rank). */
	public record VersionSpread(String externalId, String name, Map<String, String> versions) {
	}

	public record Integrations(int endToEnd, int proposals, int interfaces, int interfacesInNone) {
	}
}
