package io.cartograph.ui.dashboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.tests.support.swt.ShellPicture;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.ErrorWindow;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Period;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/**
 * docs/images/dashboard-all-tiles.png: the sample workspace with every tile activated, an error window and
 * two anomaly bounds, and constructed traffic for 40 productive interfaces since December (daily,
 * weekday, weekly and monthly senders, a few with failures). Runs only with CARTOGRAPH_PICTURES
 * naming the folder for the picture.
 */
class DashboardPictureTest {

	static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");

	@TempDir
	Path temp;

	@Test
	@EnabledIfEnvironmentVariable(named = "CARTOGRAPH_PICTURES", matches = ".+")
	void pictureOfTheDashboard() throws Exception {
		Path pictures = Files.createDirectories(Path.of(System.getenv("CARTOGRAPH_PICTURES")));
		try (DashboardHarness harness = new DashboardHarness(Clock.fixed(NOW, ZoneOffset.UTC))) {
			Workspace workspace = harness.createWorkspace(temp.resolve("ws"), "Sample");
			LandscapeModel model = workspace.model();
			SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
			List<Interface> senders = model.interfaces().getInterfaces().stream()
					.filter(item -> item.getEnvironment() != null && "Production".equals(item.getEnvironment().getName())
							&& !item.isNotFoundInLastRun() && item.getDataSource() != null && item.getExternalId() != null)
					.limit(40).toList();
			traffic(workspace, senders);
			DashboardSettings settings = model.landscape().getDashboardSettings();
			settings.getActivatedElements().clear();
			ErrorWindow window = LandscapeFactory.eINSTANCE.createErrorWindow();
			window.setDataSource(senders.get(0).getDataSource());
			window.setInterfaceType("");
			window.setHours(24);
			settings.getErrorWindows().add(window);
			settings.getAnomalyBounds().add(bound(senders.get(0), Period.DAILY, 2, 10));
			settings.getAnomalyBounds().add(bound(senders.get(2), Period.WEEKLY, 10, 0));

			harness.shell.setBounds(0, 0, 1300, 1060);
			harness.open();
			org.eclipse.swt.custom.CLabel status = harness.driver.find((Composite) harness.shell, DashboardPart.STATUS_ID, org.eclipse.swt.custom.CLabel.class);
			harness.driver.waitUntil("the KPIs", () -> status.getText().startsWith("Computed"));
			harness.driver.find((Composite) harness.shell, KpiTiles.DECOMMISSIONING + ".figure", Label.class)
					.notifyListeners(SWT.MouseUp, new org.eclipse.swt.widgets.Event());
			harness.driver.flush();
			save(harness, harness.shell, pictures.resolve("dashboard-all-tiles.png"));
		}
		assertTrue(Files.size(pictures.resolve("dashboard-all-tiles.png")) > 0);
	}

	/** One run per data source: senders by pattern, 1 to 4 messages on an active day, some failing lately. */
	private static void traffic(Workspace workspace, List<Interface> senders) {
		Map<DataSource, RunWriter> runs = new LinkedHashMap<>();
		int guid = 0;
		for (int i = 0; i < senders.size(); i++) {
			Interface item = senders.get(i);
			RunWriter run = runs.computeIfAbsent(item.getDataSource(), source -> TaskRuns.of(workspace.store())
					.start(source.getUuid(), source.getName(), TaskType.RUNTIME, RunTrigger.MANUAL));
			for (LocalDate day = LocalDate.parse("2026-01-01"); !day.isAfter(LocalDate.parse("2026-03-20")); day = day.plusDays(1)) {
				if (!active(i % 4, day)) {
					continue;
				}
				int perDay = 1 + (i + day.getDayOfMonth()) % 4 + (day.getMonthValue() - 1) * (i % 3);
				for (int n = 0; n < perDay; n++) {
					boolean failing = i % 7 == 3 && day.getMonthValue() == 3 && n == 0 && day.getDayOfMonth() % 3 == 0;
					Instant at = day.atTime(6 + n, 10 + i).toInstant(ZoneOffset.UTC);
					run.stage(new MessageRecord("m" + guid++, item.getExternalId(), failing ? "FAILED" : "COMPLETED", at,
							at.plusSeconds(3), null, null, null));
				}
			}
		}
		runs.values().forEach(RunWriter::succeed);
	}

	private static boolean active(int pattern, LocalDate day) {
		return switch (pattern) {
		case 0 -> true;
		case 1 -> day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
		case 2 -> day.getDayOfWeek() == DayOfWeek.MONDAY;
		default -> day.getDayOfMonth() == 1;
		};
	}

	private static AnomalyBound bound(Interface item, Period period, double lower, double upper) {
		AnomalyBound bound = LandscapeFactory.eINSTANCE.createAnomalyBound();
		bound.setInterface(item);
		bound.setPeriod(period);
		bound.setLower(lower);
		bound.setUpper(upper);
		return bound;
	}

	private static void save(DashboardHarness harness, Shell shell, Path file) throws java.io.IOException {
		ShellPicture.save(shell, file);
	}
}
