package io.cartograph.rules.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.ErrorWindow;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Period;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.fit.StrategyTemplate;
import io.cartograph.rules.kpi.KpiReport.Anomaly;
import io.cartograph.rules.kpi.KpiReport.ErrorCount;
import io.cartograph.rules.kpi.KpiReport.MonthTraffic;
import io.cartograph.rules.todo.Requirement;
import io.cartograph.rules.todo.TodoCriteria;
import io.cartograph.rules.todo.TodoScope;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/**
 * A small landscape with constructed traffic (see docs/kpis.md for the formulas): Orders runs
 * every day (three failures early in March), Invoices every Monday (one retry), Idle never, and
 * the development copy of Orders fails ten times today, which productive KPIs must ignore.
 */
class KpisTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;
	static final Instant NOW = Instant.parse("2025-03-20T12:00:00Z");

	@TempDir
	Path folder;

	LocalStore store;
	DashboardSettings dashboard = F.createDashboardSettings();
	DataSource cpi;
	DataSource dev;
	Interface orders;
	Interface invoices;
	Interface idle;
	Interface quiet;
	Interface retired;
	Interface ordersDev;
	List<Interface> interfaces;
	List<EndToEndIntegration> integrations;

	@BeforeEach
	void landscape() {
		store = LocalStore.open(folder);
		Environment production = environment("Production", 30);
		Environment development = environment("Development", 0);
		cpi = source("cpi-prd", production);
		dev = source("cpi-dev", development);
		orders = item("Orders", cpi, "1.2", "Integration Flow", "SOAP", "SFTP");
		orders.getBusinessObjects().add(F.createBusinessObject());
		orders.setComplexity(ComplexityClass.HIGH);
		invoices = item("Invoices", cpi, "1.0", "Integration Flow", "IDOC");
		idle = item("Idle", cpi, "1.0", "Integration Flow", "Mail");
		quiet = item("Quiet", cpi, "1.0", "Integration Flow", "HTTPS");
		quiet.setLastTraffic(Date.from(NOW.minusSeconds(3600)));
		retired = item("Retired", cpi, "1.0", "Integration Flow", "Carrier Pigeon");
		retired.setNotFoundInLastRun(true);
		ordersDev = item("Orders", dev, "1.3", "Integration Flow", "SOAP");
		interfaces = List.of(orders, invoices, idle, quiet, retired, ordersDev);
		EndToEndIntegration flow = F.createEndToEndIntegration();
		flow.getInterfaces().addAll(List.of(orders, invoices));
		EndToEndIntegration proposal = F.createEndToEndIntegration();
		proposal.setProposal(true);
		proposal.getInterfaces().add(idle);
		integrations = List.of(flow, proposal);

		TaskRuns runs = TaskRuns.of(store);
		RunWriter prd = runs.start(cpi.getUuid(), "CPI PRD", TaskType.RUNTIME, RunTrigger.MANUAL);
		int n = 0;
		for (LocalDate day = LocalDate.parse("2024-12-01"); !day.isAfter(LocalDate.parse("2025-03-20")); day = day.plusDays(1)) {
			boolean failed = day.getMonthValue() == 3 && day.getDayOfMonth() <= 3;
			prd.stage(message("o" + n++, "Orders", failed ? "FAILED" : "COMPLETED", day.atTime(10, 0).toInstant(ZoneOffset.UTC)));
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				prd.stage(message("i" + n++, "Invoices", "COMPLETED", day.atTime(8, 0).toInstant(ZoneOffset.UTC)));
			}
		}
		prd.stage(message("retry", "Invoices", "RETRY", Instant.parse("2025-03-17T09:00:00Z")));
		prd.stage(message("ghost", "Ghost", "FAILED", Instant.parse("2025-03-19T09:00:00Z")));
		prd.succeed();
		RunWriter devRun = runs.start(dev.getUuid(), "CPI DEV", TaskType.RUNTIME, RunTrigger.MANUAL);
		for (int hour = 1; hour <= 10; hour++) {
			devRun.stage(message("d" + hour, "Orders", "FAILED", Instant.parse("2025-03-20T00:00:00Z").plusSeconds(hour * 3600L)));
		}
		devRun.succeed();

		dashboard.setRobustnessWarning(5);
		dashboard.setRobustnessCritical(25);
		dashboard.setDecommissioningDays(45);
		dashboard.setDecommissioningThreshold(1);
	}

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void robustnessIsCompletedOverAllMessagesOfProductiveInterfacesInTheLast30Days() {
		KpiReport report = compute();
		// Orders: 30 days from 19 Feb to 20 Mar, 3 failed; Invoices: 4 Mondays and a retry.
		assertEquals(35, report.robustness().messages());
		assertEquals(31, report.robustness().completed());
		assertEquals(100.0 * 31 / 35, report.robustness().percent().orElseThrow(), 1e-9);
		assertEquals(Colour.YELLOW, report.robustness().colour());
		assertEquals("Invoices", report.robustness().worst().get(0).item().getName(), "80% before 90%");
	}

	@Test
	void robustnessColoursFollowTheThresholds() {
		KpiSettings guide = KpiSettings.of(dashboard);
		assertEquals(95.0, guide.robustnessGreenFrom());
		assertEquals(75.0, guide.robustnessRedUpTo());
		assertEquals(Colour.GREEN, guide.robustnessColour(95));
		assertEquals(Colour.YELLOW, guide.robustnessColour(94.9));
		assertEquals(Colour.YELLOW, guide.robustnessColour(75.1));
		assertEquals(Colour.RED, guide.robustnessColour(75));
		assertEquals(Colour.GREEN, guide.decommissioningColour(19));
		assertEquals(Colour.YELLOW, guide.decommissioningColour(20));
		assertEquals(Colour.YELLOW, guide.decommissioningColour(100));
		assertEquals(Colour.RED, guide.decommissioningColour(101));
		DashboardSettings nonsense = F.createDashboardSettings();
		nonsense.setRobustnessWarning(30);
		nonsense.setRobustnessCritical(10);
		assertEquals(95.0, KpiSettings.of(nonsense).robustnessGreenFrom(), "a critical rate below the warning falls back");
		assertEquals(45, KpiSettings.of(nonsense).decommissioningDays());
		nonsense.setDecommissioningGreenBelow(50);
		nonsense.setDecommissioningRedAbove(10);
		assertEquals(20, KpiSettings.of(nonsense).decommissioningGreenBelow(), "red below green falls back to the guide");
		assertEquals(100, KpiSettings.of(nonsense).decommissioningRedAbove());
	}

	@Test
	void decommissioningColoursFollowTheCountsInTheModel() {
		DashboardSettings owned = F.createDashboardSettings();
		owned.setDecommissioningGreenBelow(3);
		owned.setDecommissioningRedAbove(5);
		KpiSettings settings = KpiSettings.of(owned);
		assertEquals(Colour.GREEN, settings.decommissioningColour(2));
		assertEquals(Colour.YELLOW, settings.decommissioningColour(3));
		assertEquals(Colour.YELLOW, settings.decommissioningColour(5));
		assertEquals(Colour.RED, settings.decommissioningColour(6));
	}

	@Test
	void decommissioningListsProductiveInterfacesWithoutTrafficInTheWindow() {
		KpiReport report = compute();
		assertEquals(List.of(idle), report.decommissioning().candidates(),
				"Quiet's last traffic is recent, Retired is gone, Orders (dev) is not productive");
		assertEquals(Colour.GREEN, report.decommissioning().colour());
		dashboard.setDecommissioningThreshold(10);
		assertEquals(List.of(idle, invoices, quiet), compute().decommissioning().candidates(),
				"with a threshold of 10, Invoices' 7 messages in 45 days are too few");
	}

	@Test
	void timingClassifiesTheTrafficPattern() {
		Map<TimingPattern, Integer> timing = compute().timing();
		assertEquals(1, timing.get(TimingPattern.DAILY));
		assertEquals(1, timing.get(TimingPattern.WEEKLY));
		assertEquals(3, timing.get(TimingPattern.NONE));
		assertEquals(0, timing.get(TimingPattern.RANDOM));
	}

	@Test
	void timingPatternsFromActiveDays() {
		LocalDate first = LocalDate.parse("2025-01-06"); // a Monday
		List<LocalDate> weekdays = first.datesUntil(first.plusDays(84)).filter(d -> d.getDayOfWeek().getValue() <= 5).toList();
		assertEquals(TimingPattern.WEEKDAYS, TimingPattern.classify(weekdays, first));
		List<LocalDate> monthly = List.of(LocalDate.parse("2025-01-31"), LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-31"));
		assertEquals(TimingPattern.MONTHLY, TimingPattern.classify(monthly, first));
		assertEquals(TimingPattern.RANDOM, TimingPattern.classify(List.of(first, first.plusDays(1), first.plusDays(2)), first));
		assertEquals(TimingPattern.NONE, TimingPattern.classify(List.of(first.minusDays(1)), first), "outside the window");
	}

	@Test
	void trafficCountsTheLastThreeMonthsOfProductiveInterfaces() {
		assertEquals(List.of(new MonthTraffic(YearMonth.parse("2025-01"), 31 + 4, 0),
				new MonthTraffic(YearMonth.parse("2025-02"), 28 + 4, 0),
				new MonthTraffic(YearMonth.parse("2025-03"), 20 + 3 + 1, 3)), compute().traffic());
	}

	@Test
	void errorsCountFailedMessagesPerDataSourceAndInterfaceTypeInTheWindow() {
		dashboard.getErrorWindows().add(window(cpi, "integration flow", 24));
		dashboard.getErrorWindows().add(window(dev, "", 24));
		dashboard.getErrorWindows().add(window(cpi, "API Proxy", 24));
		assertEquals(List.of(new ErrorCount("cpi-prd", "integration flow", 24, 1, 0, 0), new ErrorCount("cpi-dev", "", 24, 10, 10, 1),
				new ErrorCount("cpi-prd", "API Proxy", 24, 0, 0, 0)), compute().errors(),
				"the Ghost artifact belongs to no interface");
	}

	@Test
	void anomaliesCheckTheLastCompletePeriodAgainstTheBounds() {
		dashboard.getAnomalyBounds().add(bound(orders, Period.DAILY, 2, 10));
		dashboard.getAnomalyBounds().add(bound(invoices, Period.WEEKLY, 1, 0));
		dashboard.getAnomalyBounds().add(bound(orders, Period.MONTHLY, 0, 20));
		List<Anomaly> anomalies = compute().anomalies();
		assertEquals(new Anomaly(orders, Period.DAILY, LocalDate.parse("2025-03-19"), LocalDate.parse("2025-03-19"), 1, 2,
				Optional.of(10.0), Optional.of("BELOW")), anomalies.get(0));
		assertEquals(new Anomaly(invoices, Period.WEEKLY, LocalDate.parse("2025-03-10"), LocalDate.parse("2025-03-16"), 1, 1,
				Optional.empty(), Optional.empty()), anomalies.get(1));
		assertEquals(new Anomaly(orders, Period.MONTHLY, LocalDate.parse("2025-02-01"), LocalDate.parse("2025-02-28"), 28, 0,
				Optional.of(20.0), Optional.of("ABOVE")), anomalies.get(2));
	}

	@Test
	void modelKpisCoverageLandscapeCheckIntegrationsComplexityAndFit() {
		KpiReport report = compute();
		assertEquals(6, report.coverage().interfaces());
		assertEquals(5, report.coverage().onTodoList(), "only Orders has a business object");
		assertEquals(100.0 / 6, report.coverage().percent().orElseThrow(), 1e-9);
		assertEquals(1, report.landscapeCheck().artifactsInSeveralEnvironments());
		assertEquals(0, report.landscapeCheck().consistent());
		assertEquals(Map.of("Development", "1.3", "Production", "1.2"), report.landscapeCheck().inconsistent().get(0).versions());
		assertEquals(List.of("Development", "Production"),
				List.copyOf(report.landscapeCheck().inconsistent().get(0).versions().keySet()), "by rank");
		assertEquals(new KpiReport.Integrations(2, 1, 6, 3), report.integrations());
		assertEquals(1, report.complexity().get(ComplexityClass.HIGH));
		assertEquals(5, report.complexity().get(ComplexityClass.UNKNOWN));
		assertEquals(Map.of("GOOD", 2, "PARTIAL", 2, "NO", 1, "UNCLASSIFIED", 1), report.adapterFit(),
				"Orders has SFTP: NO; Invoices IDOC and Idle Mail: PARTIAL; Quiet HTTPS and Orders (dev) SOAP: GOOD; Retired's pigeon is not listed");
		assertEquals("SOAP", report.adapterTop5().get(0).technology());
		assertEquals(2, report.adapterTop5().get(0).interfaces());
		assertTrue(report.adapterTop5().size() <= 5);
		Map<String, Object> json = KpiJson.of(report);
		assertEquals(List.of("at", "robustness", "decommissioning", "complexity", "timing", "traffic", "errors", "anomalies",
				"coverage", "landscapeCheck", "integrations", "adapterTop5", "authenticationTop5", "adapterFit", "authenticationFit"),
				List.copyOf(json.keySet()));
	}

	/**
	 * Every KPI over a million records of 200 productive interfaces (one error window):
	 * {@code -Dtycho.testArgLine="-Xmx512m -Dcartograph.bench=true"}.
	 */
	@Test
	@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void aMillionMessageRecords() {
		store.close();
		Path big = folder.resolve("big");
		io.cartograph.store.IngestBenchmark.run(big, 1_000_000);
		store = LocalStore.open(big);
		DataSource bench = source("bench", environment("Production", 30));
		bench.setUuid("benchmark-source");
		List<Interface> many = new java.util.ArrayList<>();
		for (int i = 0; i < 200; i++) {
			many.add(item("Replicate_Orders_" + i, bench, "1.0", "Integration Flow", "SOAP"));
		}
		dashboard.getErrorWindows().add(window(bench, "", 4));
		long start = System.nanoTime();
		KpiReport report = new Kpis(Clock.fixed(Instant.parse("2025-06-30T23:00:00Z"), ZoneOffset.UTC)).compute(many, List.of(),
				KpiSettings.of(dashboard), TodoCriteria.of(null), StrategyFit.of(StrategyTemplate.recommended()), HarvestedData.of(store));
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("BENCHMARK every KPI over 1,000,000 records of 200 interfaces in " + millis + " ms");
		assertEquals(1_000_000, report.robustness().messages(), "June is the 30 days up to the 30th");
	}

	private KpiReport compute() {
		TodoCriteria todo = new TodoCriteria(TodoScope.INTERFACES_AND_END_TO_END, Requirement.AT_LEAST_ONE, Requirement.INACTIVE,
				Requirement.INACTIVE, List.of(), List.of(), true, false);
		return new Kpis(Clock.fixed(NOW, ZoneOffset.UTC)).compute(interfaces, integrations, KpiSettings.of(dashboard), todo,
				StrategyFit.of(StrategyTemplate.recommended()), HarvestedData.of(store));
	}

	private static Environment environment(String name, int rank) {
		Environment environment = F.createEnvironment();
		environment.setName(name);
		environment.setRank(rank);
		return environment;
	}

	private static DataSource source(String name, Environment environment) {
		DataSource source = F.createDataSource();
		source.setUuid(name + "-uuid");
		source.setName(name);
		source.setEnvironment(environment);
		return source;
	}

	private static Interface item(String externalId, DataSource source, String version, String type, String... adapters) {
		Interface item = F.createInterface();
		item.setName(externalId);
		item.setExternalId(externalId);
		item.setDataSource(source);
		item.setEnvironment(source.getEnvironment());
		item.setVersion(version);
		item.setType(type);
		item.getAdapters().addAll(List.of(adapters));
		return item;
	}

	private static ErrorWindow window(DataSource source, String type, int hours) {
		ErrorWindow window = F.createErrorWindow();
		window.setDataSource(source);
		window.setInterfaceType(type);
		window.setHours(hours);
		return window;
	}

	private static AnomalyBound bound(Interface item, Period period, double lower, double upper) {
		AnomalyBound bound = F.createAnomalyBound();
		bound.setInterface(item);
		bound.setPeriod(period);
		bound.setLower(lower);
		bound.setUpper(upper);
		return bound;
	}

	private static MessageRecord message(String guid, String artifact, String status, Instant start) {
		return new MessageRecord(guid, artifact, status, start, start.plusSeconds(2), null, null, null);
	}
}
