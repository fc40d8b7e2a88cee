package io.cartograph.rules.kpi;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.ErrorWindow;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.Period;
import io.cartograph.rules.kpi.KpiReport.Anomaly;
import io.cartograph.rules.kpi.KpiReport.Decommissioning;
import io.cartograph.rules.kpi.KpiReport.ErrorCount;
import io.cartograph.rules.kpi.KpiReport.InterfaceRobustness;
import io.cartograph.rules.kpi.KpiReport.MonthTraffic;
import io.cartograph.rules.kpi.KpiReport.Robustness;
import io.cartograph.store.ArtifactTraffic;
import io.cartograph.store.DailyTraffic;

/** The KPIs computed from message traffic (formulas in docs/kpis.md). */
final class TrafficKpis {

	private static final int WORST_SHOWN = 10;

	private final InterfaceTraffic traffic;
	private final KpiSettings settings;
	private final Instant now;
	private final LocalDate today;
	private final List<Interface> productive;
	private final Map<Interface, List<DailyTraffic>> daily;

	TrafficKpis(InterfaceTraffic traffic, KpiSettings settings, Instant now, List<Interface> productive) {
		this.traffic = traffic;
		this.settings = settings;
		this.now = now;
		this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		this.productive = productive;
		// One scan per data source covers robustness, decommissioning, timing (84 days), the
		// traffic months and the anomaly periods: each scan reads all of a source's records.
		LocalDate first = today.minusDays(TimingPattern.WINDOW_DAYS);
		LocalDate monthsBack = YearMonth.from(today).minusMonths(2).atDay(1);
		LocalDate lastMonth = YearMonth.from(today).minusMonths(1).atDay(1);
		for (LocalDate candidate : List.of(monthsBack, lastMonth, robustnessStart(), decommissioningStart())) {
			first = candidate.isBefore(first) ? candidate : first;
		}
		this.daily = traffic.daily(first.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/** Today and the 29 days before it (UTC). */
	private LocalDate robustnessStart() {
		return today.minusDays(KpiSettings.ROBUSTNESS_DAYS - 1L);
	}

	/** Today and the N - 1 days before it (UTC). */
	private LocalDate decommissioningStart() {
		return today.minusDays(settings.decommissioningDays() - 1L);
	}

	Robustness robustness() {
		LocalDate start = robustnessStart();
		long messages = 0;
		long completed = 0;
		List<InterfaceRobustness> each = new ArrayList<>();
		for (Interface item : productive) {
			long itemMessages = 0;
			long itemCompleted = 0;
			for (DailyTraffic row : daily.getOrDefault(item, List.of())) {
				if (!row.day().isBefore(start)) {
					itemMessages += row.messages();
					itemCompleted += row.completed();
				}
			}
			if (itemMessages > 0) {
				messages += itemMessages;
				completed += itemCompleted;
				each.add(new InterfaceRobustness(item, itemMessages, itemCompleted, 100.0 * itemCompleted / itemMessages));
			}
		}
		each.sort(Comparator.comparingDouble(InterfaceRobustness::percent).thenComparing(r -> String.valueOf(r.item().getName())));
		Optional<Double> percent = messages == 0 ? Optional.empty() : Optional.of(100.0 * completed / messages);
		Colour colour = percent.map(settings::robustnessColour).orElse(Colour.NONE);
		return new Robustness(KpiSettings.ROBUSTNESS_DAYS, messages, completed, percent, colour,
				List.copyOf(each.subList(0, Math.min(WORST_SHOWN, each.size()))));
	}

	/**
	 * A productive interface still found on its platform with fewer messages than the threshold
	 * in the window; with threshold 1, a last traffic in the window (set by INVENTORY from the
	 * platform) also clears it, for sources whose messages are not harvested.
	 */
	Decommissioning decommissioning() {
		LocalDate start = decommissioningStart();
		Instant since = start.atStartOfDay(ZoneOffset.UTC).toInstant();
		List<Interface> candidates = new ArrayList<>();
		for (Interface item : productive) {
			if (item.isNotFoundInLastRun()) {
				continue;
			}
			long messages = daily.getOrDefault(item, List.of()).stream().filter(row -> !row.day().isBefore(start))
					.mapToLong(DailyTraffic::messages).sum();
			boolean recent = item.getLastTraffic() != null && !item.getLastTraffic().toInstant().isBefore(since);
			if (messages < settings.decommissioningThreshold() && !(settings.decommissioningThreshold() == 1 && recent)) {
				candidates.add(item);
			}
		}
		candidates.sort(Comparator.comparing(item -> String.valueOf(item.getName())));
		return new Decommissioning(settings.decommissioningDays(), settings.decommissioningThreshold(), List.copyOf(candidates),
				settings.decommissioningColour(candidates.size()));
	}

	Map<TimingPattern, Integer> timing() {
		LocalDate first = today.minusDays(TimingPattern.WINDOW_DAYS);
		Map<TimingPattern, Integer> counts = new EnumMap<>(TimingPattern.class);
		for (TimingPattern pattern : TimingPattern.values()) {
			counts.put(pattern, 0);
		}
		for (Interface item : productive) {
			List<LocalDate> days = daily.getOrDefault(item, List.of()).stream().filter(row -> row.messages() > 0)
					.map(DailyTraffic::day).toList();
			counts.merge(TimingPattern.classify(days, first), 1, Integer::sum);
		}
		return counts;
	}

	/** The current month and the two before it, oldest first. */
	List<MonthTraffic> monthly() {
		YearMonth current = YearMonth.from(today);
		long[] messages = new long[3];
		long[] failed = new long[3];
		for (Interface item : productive) {
			for (DailyTraffic row : daily.getOrDefault(item, List.of())) {
				int index = 2 - (int) (current.getYear() * 12L + current.getMonthValue()
						- YearMonth.from(row.day()).getYear() * 12L - YearMonth.from(row.day()).getMonthValue());
				if (index >= 0 && index <= 2) {
					messages[index] += row.messages();
					failed[index] += row.failed();
				}
			}
		}
		List<MonthTraffic> months = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			months.add(new MonthTraffic(current.minusMonths(2 - i), messages[i], failed[i]));
		}
		return months;
	}

	/** Per error window: failed messages of the source's interfaces of that type (blank: any type). */
	List<ErrorCount> errors(List<Interface> interfaces) {
		List<ErrorCount> counts = new ArrayList<>();
		Map<Integer, Map<Interface, ArtifactTraffic>> byHours = new HashMap<>();
		for (ErrorWindow window : settings.errorWindows()) {
			if (window.getDataSource() == null || window.getHours() < 1) {
				continue;
			}
			Map<Interface, ArtifactTraffic> rows = byHours.computeIfAbsent(window.getHours(),
					hours -> traffic.since(now.minus(Duration.ofHours(hours))));
			String type = window.getInterfaceType() == null ? "" : window.getInterfaceType().trim();
			long messages = 0;
			long failed = 0;
			int failing = 0;
			for (Interface item : interfaces) {
				ArtifactTraffic row = rows.get(item);
				boolean ofType = type.isEmpty() || type.equalsIgnoreCase(String.valueOf(item.getType()).trim());
				if (row != null && item.getDataSource() == window.getDataSource() && ofType) {
					messages += row.messages();
					failed += row.failed();
					failing += row.failed() > 0 ? 1 : 0;
				}
			}
			counts.add(new ErrorCount(window.getDataSource().getName(), type, window.getHours(), messages, failed, failing));
		}
		return counts;
	}

	/**
	 * Each bound is checked on the last complete period (yesterday, last Monday-to-Sunday week,
	 * last calendar month): a period still running would always look too quiet. An upper bound
	 * of 0 or less means none.
	 */
	List<Anomaly> anomalies() {
		List<Anomaly> anomalies = new ArrayList<>();
		for (AnomalyBound bound : settings.anomalyBounds()) {
			if (bound.getInterface() == null) {
				continue;
			}
			Period period = bound.getPeriod() == null ? Period.DAILY : bound.getPeriod();
			LocalDate from = switch (period) {
			case DAILY -> today.minusDays(1);
			case WEEKLY -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
			case MONTHLY -> YearMonth.from(today).minusMonths(1).atDay(1);
			};
			LocalDate to = switch (period) {
			case DAILY -> from;
			case WEEKLY -> from.plusDays(6);
			case MONTHLY -> YearMonth.from(from).atEndOfMonth();
			};
			long messages = daily.getOrDefault(bound.getInterface(), List.of()).stream()
					.filter(row -> !row.day().isBefore(from) && !row.day().isAfter(to)).mapToLong(DailyTraffic::messages).sum();
			Optional<Double> upper = bound.getUpper() > 0 ? Optional.of(bound.getUpper()) : Optional.empty();
			Optional<String> outside = messages < bound.getLower() ? Optional.of("BELOW")
					: upper.isPresent() && messages > upper.get() ? Optional.of("ABOVE") : Optional.empty();
			anomalies.add(new Anomaly(bound.getInterface(), period, from, to, messages, bound.getLower(), upper, outside));
		}
		return anomalies;
	}

	static boolean isProduction(Interface item) {
		return item.getEnvironment() != null && item.getEnvironment().getName() != null
				&& item.getEnvironment().getName().trim().toLowerCase(Locale.ROOT).equals("production");
	}
}
