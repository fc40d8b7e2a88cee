package io.cartograph.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.eclipse.core.runtime.jobs.Job;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.jobs.TaskJob;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Product;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.secrets.SecretAccess;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.rules.kpi.Colour;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/**
 * The dashboard on the sample workspace with constructed traffic: two productive interfaces send
 * ten messages each in the ten days up to "now", one of them with two failures.
 */
class DashboardPartTest {

	static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");

	@TempDir
	Path temp;

	DashboardHarness harness;
	Workspace workspace;
	LandscapeModel model;
	Interface steady;
	Interface flaky;

	@BeforeEach
	void sampleWithTraffic() {
		harness = new DashboardHarness(Clock.fixed(NOW, ZoneOffset.UTC));
		workspace = harness.createWorkspace(temp.resolve("ws"), "Sample");
		model = workspace.model();
		SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
		List<Interface> harvestable = model.interfaces().getInterfaces().stream()
				.filter(item -> productive(item) && !item.isNotFoundInLastRun() && item.getDataSource() != null
						&& item.getExternalId() != null)
				.toList();
		steady = harvestable.get(0);
		flaky = harvestable.stream().filter(item -> item.getDataSource() == steady.getDataSource()
				&& !item.getExternalId().equals(steady.getExternalId())).findFirst().orElseThrow();
		RunWriter run = TaskRuns.of(workspace.store()).start(steady.getDataSource().getUuid(), "constructed",
				TaskType.RUNTIME, RunTrigger.MANUAL);
		for (int day = 11; day <= 20; day++) {
			Instant at = LocalDate.of(2026, 3, day).atTime(9, 0).toInstant(ZoneOffset.UTC);
			run.stage(message("s" + day, steady.getExternalId(), "COMPLETED", at));
			run.stage(message("f" + day, flaky.getExternalId(), day <= 12 ? "FAILED" : "COMPLETED", at.plusSeconds(60)));
		}
		run.succeed();
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void showsTheActivatedTilesWithFiguresAndColoursAndAllOnceNoneIsActivated() {
		DashboardPart part = harness.open();
		org.eclipse.swt.custom.CLabel status = find(DashboardPart.STATUS_ID, org.eclipse.swt.custom.CLabel.class);
		harness.driver.waitUntil("the KPIs", () -> status.getText().startsWith("Computed"));

		// The sample activates Interfaces, Robustness, Decommissioning, Traffic, Frequency, Complexity, Strategy Fit and To-do.
		assertEquals(List.of(KpiTiles.ROBUSTNESS, KpiTiles.DECOMMISSIONING, KpiTiles.TRAFFIC, KpiTiles.TIMING,
				KpiTiles.COMPLEXITY, KpiTiles.COVERAGE, KpiTiles.INTEGRATIONS, KpiTiles.ADAPTERS, KpiTiles.AUTHENTICATION),
				ids(part));

		// 18 of 20 messages completed; the sample warns below 99 % and is critical from 95 % down.
		assertEquals("90.0 %", text(KpiTiles.ROBUSTNESS + ".figure"));
		assertEquals("18 of 20 messages of productive interfaces completed in the last 30 days",
				text(KpiTiles.ROBUSTNESS + ".explanation"));
		assertBand(KpiTiles.ROBUSTNESS, Colour.RED);

		List<Interface> candidates = expectedCandidates(90);
		assertEquals(Integer.toString(candidates.size()), text(KpiTiles.DECOMMISSIONING + ".figure"));
		assertBand(KpiTiles.DECOMMISSIONING, candidates.size() < 20 ? Colour.GREEN : candidates.size() > 100 ? Colour.RED : Colour.YELLOW);
		assertBand(KpiTiles.COVERAGE, Colour.NONE);

		// An empty list of activated elements shows every tile, once the edit has settled.
		DashboardSettings settings = model.landscape().getDashboardSettings();
		model.commandStack().execute(RemoveCommand.create(model.editingDomain(), settings,
				LandscapePackage.Literals.DASHBOARD_SETTINGS__ACTIVATED_ELEMENTS, List.copyOf(settings.getActivatedElements())));
		harness.driver.waitUntil("every tile", () -> ids(part).size() == 12 && status.getText().startsWith("Computed"));
		assertEquals(List.copyOf(KpiTiles.ELEMENTS.keySet()), ids(part));
		assertEquals("20", text(KpiTiles.TRAFFIC + ".figure"));
		assertEquals("Messages of productive interfaces in the last 3 months (2 failed)", text(KpiTiles.TRAFFIC + ".explanation"));
		BarChart traffic = find(KpiTiles.TRAFFIC + ".chart", BarChart.class);
		assertEquals(List.of("Jan 0", "Feb 0", "Mar 20"),
				traffic.bars().stream().map(bar -> bar.label() + " " + bar.value()).toList());
		BarChart complexity = find(KpiTiles.COMPLEXITY + ".chart", BarChart.class);
		assertEquals(model.interfaces().getInterfaces().size(), complexity.bars().stream().mapToLong(Tile.Bar::value).sum());
	}

	@Test
	void aClickListsWhatIsBehindATileAndAsksTheCatalogToShowItsInterfaces() {
		DashboardPart part = harness.open();
		org.eclipse.swt.custom.CLabel status = find(DashboardPart.STATUS_ID, org.eclipse.swt.custom.CLabel.class);
		harness.driver.waitUntil("the KPIs", () -> status.getText().startsWith("Computed"));

		click(KpiTiles.ROBUSTNESS + ".figure");
		org.eclipse.swt.widgets.List details = find(TileDetails.LIST_ID, org.eclipse.swt.widgets.List.class);
		assertEquals(List.of(flaky.getName() + ": 80.0 % (8 of 10)", steady.getName() + ": 100.0 % (10 of 10)"),
				List.of(details.getItems()));
		assertTrue(find(TileDetails.TITLE_ID, org.eclipse.swt.custom.CLabel.class).getText().startsWith("Robustness: 2 rows"));
		assertEquals(DashboardTopics.CATALOG_SHOW, harness.posted.get(0).topic());
		assertEquals(Map.of(DashboardTopics.TITLE, "Robustness", DashboardTopics.TILE, KpiTiles.ROBUSTNESS,
				DashboardTopics.INTERFACES, List.of(flaky, steady)), harness.posted.get(0).data());

		click(KpiTiles.DECOMMISSIONING + ".title");
		List<Interface> candidates = expectedCandidates(90);
		assertEquals(candidates.size(), details.getItemCount());
		@SuppressWarnings("unchecked")
		List<Interface> shown = (List<Interface>) ((Map<String, Object>) harness.posted.get(1).data()).get(DashboardTopics.INTERFACES);
		assertEquals(candidates.stream().map(Interface::getUuid).sorted().toList(),
				shown.stream().map(Interface::getUuid).sorted().toList());

		// Double-click on a listed interface asks for its editor.
		click(KpiTiles.ROBUSTNESS + ".band");
		details.setSelection(0);
		details.notifyListeners(SWT.DefaultSelection, new Event());
		assertEquals(new DashboardHarness.Posted(io.cartograph.ui.LandscapeTopics.OPEN, flaky), harness.posted.get(3));
		assertEquals(6, part.tiles().indexOf(part.tiles().stream()
				.filter(tile -> tile.tile().id().equals(KpiTiles.INTEGRATIONS)).findFirst().orElseThrow()));
	}

	@Test
	void refreshReadsMessagesHarvestedSinceTheLastComputation() {
		harness.open();
		org.eclipse.swt.custom.CLabel status = find(DashboardPart.STATUS_ID, org.eclipse.swt.custom.CLabel.class);
		harness.driver.waitUntil("the KPIs", () -> status.getText().startsWith("Computed"));
		assertEquals("90.0 %", text(KpiTiles.ROBUSTNESS + ".figure"));

		RunWriter run = TaskRuns.of(workspace.store()).start(steady.getDataSource().getUuid(), "more", TaskType.RUNTIME,
				RunTrigger.MANUAL);
		for (int i = 0; i < 20; i++) {
			run.stage(message("more" + i, steady.getExternalId(), "COMPLETED", NOW.minusSeconds(60L * (i + 1))));
		}
		run.succeed();
		harness.driver.press(find(DashboardPart.REFRESH_ID, Button.class));
		// 38 of 40: 95 %, the sample's critical bound, still red.
		harness.driver.waitUntil("the new robustness", () -> text(KpiTiles.ROBUSTNESS + ".figure").equals("95.0 %"));
		assertEquals("38 of 40 messages of productive interfaces completed in the last 30 days",
				text(KpiTiles.ROBUSTNESS + ".explanation"));
	}

	@Test
	void computesAgainWhenATaskRunEnds() throws Exception {
		// A source nobody answers for: its CONFIGURATION run fails at once, and ends all the same.
		DataSource nowhere = LandscapeFactory.eINSTANCE.createDataSource();
		nowhere.setUuid("nowhere-uuid");
		nowhere.setName("NOWHERE");
		nowhere.setType(DataSourceType.SAP_BTP);
		nowhere.getProducts().add(Product.CLOUDINTEGRATION);
		nowhere.setUrl("http://localhost:9");
		model.dataSources().getDataSources().add(nowhere);
		WorkspaceTasks tasks = new WorkspaceTasks(workspace, new SecretAccess(), new DisplaySynchronize(harness.driver.display()));
		try {
			harness.provide(WorkspaceTasks.class, tasks);
			harness.open();
			org.eclipse.swt.custom.CLabel status = find(DashboardPart.STATUS_ID, org.eclipse.swt.custom.CLabel.class);
			harness.driver.waitUntil("the KPIs", () -> status.getText().startsWith("Computed"));
			assertEquals("90.0 %", text(KpiTiles.ROBUSTNESS + ".figure"));

			// Messages stored behind the dashboard's back show only once something says so: the run's end.
			RunWriter run = TaskRuns.of(workspace.store()).start(steady.getDataSource().getUuid(), "more", TaskType.RUNTIME,
					RunTrigger.MANUAL);
			for (int i = 0; i < 20; i++) {
				run.stage(message("more" + i, steady.getExternalId(), "COMPLETED", NOW.minusSeconds(60L * (i + 1))));
			}
			run.succeed();
			harness.driver.flush();
			assertEquals("90.0 %", text(KpiTiles.ROBUSTNESS + ".figure"));
			tasks.start(harness.shell, nowhere, TaskType.CONFIGURATION).orElseThrow().job().join();
			harness.driver.waitUntil("the KPIs after the run", () -> text(KpiTiles.ROBUSTNESS + ".figure").equals("95.0 %"));
		} finally {
			tasks.close();
			Job.getJobManager().join(TaskJob.FAMILY, null);
		}
	}

	/** Productive, still on the platform, no messages and no last traffic in the window (docs/kpis.md). */
	private List<Interface> expectedCandidates(int days) {
		Instant from = LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
		return model.interfaces().getInterfaces().stream()
				.filter(item -> productive(item) && !item.isNotFoundInLastRun() && item != steady && item != flaky)
				.filter(item -> item.getLastTraffic() == null || item.getLastTraffic().toInstant().isBefore(from))
				.toList();
	}

	private static boolean productive(Interface item) {
		return item.getEnvironment() != null && "production".equalsIgnoreCase(item.getEnvironment().getName());
	}

	private void assertBand(String tile, Colour colour) {
		Label band = find(tile + ".band", Label.class);
		RGB expected = TileColours.band(band.getDisplay(), colour).getRGB();
		assertEquals(expected, band.getBackground().getRGB(), tile + " should be " + colour);
	}

	private List<String> ids(DashboardPart part) {
		return part.tiles().stream().filter(view -> !view.isDisposed()).map(view -> view.tile().id()).toList();
	}

	private void click(String id) {
		find(id, org.eclipse.swt.widgets.Control.class).notifyListeners(SWT.MouseUp, new Event());
		harness.driver.flush();
	}

	private String text(String id) {
		return find(id, Label.class).getText();
	}

	private <W extends org.eclipse.swt.widgets.Widget> W find(String id, Class<W> type) {
		return harness.driver.find((Composite) harness.shell, id, type);
	}

	private static MessageRecord message(String guid, String artifact, String status, Instant start) {
		return new MessageRecord(guid, artifact, status, start, start.plusSeconds(2), null, null, null);
	}
}
