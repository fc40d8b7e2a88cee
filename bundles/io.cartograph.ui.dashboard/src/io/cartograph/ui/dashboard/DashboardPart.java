package io.cartograph.ui.dashboard;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.kpi.KpiReport;
import io.cartograph.rules.kpi.KpiSettings;
import io.cartograph.rules.kpi.Kpis;
import io.cartograph.rules.todo.TodoCriteria;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRun;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.FollowedModel;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Dashboard: a tile per KPI the dashboard settings activate, computed in a job (the traffic
 * KPIs scan the store), again shortly after the model changes and after every task run. A click
 * on a tile lists what is behind it below the tiles and, for tiles about interfaces, asks the
 * interface catalog to show them ({@link DashboardTopics#CATALOG_SHOW}).
 */
public class DashboardPart {

	public static final String PART_ID = "io.cartograph.ui.dashboard.part.dashboard";
	static final String STATUS_ID = "dashboard.status";
	static final String REFRESH_ID = "dashboard.refresh";
	static final String TILES_ID = "dashboard.tiles";
	static final String COMPUTING = "Computing...";
	/** Waits for a pause in editing, or for a burst of task runs to end, before computing again. */
	static final int SETTLE_MILLIS = 1000;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private IEventBroker events;

	/** Tests fix "now"; the workbench has none in its context and uses the system clock. */
	@Inject
	@Optional
	private Clock clock;

	private WorkspaceTasks tasks;
	private CLabel status;
	private ScrolledComposite scroller;
	private Composite grid;
	private TileDetails details;
	private final List<TileView> tiles = new ArrayList<>();
	private FollowedModel followed;
	private Job computation;
	/** Counts computations: only the latest one may show its report. */
	private int generation;
	private final Runnable refresh = this::refresh;
	private final CommandStackListener onEdit = event -> ui.asyncExec(this::soon);
	private final TaskRunListener onRun = new TaskRunListener() {
		@Override
		public void finished(TaskRun run) {
			ui.asyncExec(DashboardPart.this::soon);
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		bar.setLayout(new GridLayout(2, false));
		status = WidgetTags.tag(new CLabel(bar, SWT.NONE), STATUS_ID);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button again = WidgetTags.tag(new Button(bar, SWT.PUSH), REFRESH_ID);
		again.setText("Refresh");
		again.setToolTipText("Compute the KPIs again from the model and the harvested messages");
		again.addListener(SWT.Selection, event -> refresh());

		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		scroller = new ScrolledComposite(sash, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		grid = WidgetTags.tag(new Composite(scroller, SWT.NONE), TILES_ID);
		GridLayout columns = new GridLayout(4, true);
		columns.horizontalSpacing = 8;
		columns.verticalSpacing = 8;
		grid.setLayout(columns);
		scroller.setContent(grid);
		scroller.addListener(SWT.Resize, event -> fit());
		details = new TileDetails(sash, object -> {
			if (events != null) {
				events.post(LandscapeTopics.OPEN, object);
			}
		});
		sash.setWeights(78, 22);
		followed = new FollowedModel(session, ui, onEdit, this::watch);
		followed.start();
	}

	/** After a switch to another workspace (or none): compute for the model now followed. */
	private void watch() {
		if (status.isDisposed()) {
			return;
		}
		refresh();
	}

	/** The task runs of the open workspace: a finished run may have harvested messages. */
	@Inject
	@Optional
	void follow(WorkspaceTasks next) {
		if (tasks != null) {
			tasks.removeListener(onRun);
		}
		tasks = next;
		if (next != null) {
			next.addListener(onRun);
		}
	}

	private void soon() {
		if (!status.isDisposed()) {
			status.getDisplay().timerExec(SETTLE_MILLIS, refresh);
		}
	}

	/** Computes the KPIs in the background; the model is read on this thread, the store in the job. */
	void refresh() {
		if (status.isDisposed()) {
			return;
		}
		int mine = ++generation;
		if (computation != null) {
			computation.cancel();
		}
		LandscapeModel model = followed.current();
		Workspace workspace = session.current().orElse(null);
		if (model == null || workspace == null) {
			show(List.of(), "No workspace is open.");
			return;
		}
		DashboardSettings settings = model.landscape().getDashboardSettings();
		List<String> activated = settings == null ? List.of() : List.copyOf(settings.getActivatedElements());
		var interfaces = List.copyOf(model.interfaces().getInterfaces());
		var integrations = List.copyOf(model.integrations().getIntegrations());
		KpiSettings kpiSettings = KpiSettings.of(settings);
		TodoCriteria todo = TodoCriteria.of(model.landscape().getTodoSettings());
		StrategyFit strategy = StrategyFit.of(model.rules().getStrategy());
		HarvestedData data = HarvestedData.of(workspace.store());
		Clock now = clock == null ? Clock.systemUTC() : clock;
		say(COMPUTING);
		computation = Job.create("Compute the dashboard", monitor -> {
			KpiReport report;
			try {
				report = new Kpis(now).compute(interfaces, integrations, kpiSettings, todo, strategy, data);
			} catch (RuntimeException failed) {
				// An edit raced the computation or the workspace closed: the next change computes again.
				ui.asyncExec(() -> {
					if (mine == generation && !status.isDisposed()) {
						say("The KPIs could not be computed: " + failed.getMessage());
					}
				});
				return Status.OK_STATUS;
			}
			ui.asyncExec(() -> {
				if (mine == generation) {
					show(KpiTiles.of(report, activated), "Computed at " + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
							.withZone(ZoneId.systemDefault()).format(report.at()) + ". Click a tile for the list behind it.");
				}
			});
			return Status.OK_STATUS;
		});
		computation.schedule();
	}

	private void show(List<Tile> next, String text) {
		if (status.isDisposed()) {
			return;
		}
		say(text);
		tiles.forEach(Control::dispose);
		tiles.clear();
		for (Tile tile : next) {
			TileView view = new TileView(grid, tile, this::open);
			view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
			tiles.add(view);
		}
		String shownDetails = details.shownTile();
		details.show(next.stream().filter(tile -> tile.id().equals(shownDetails)).findFirst().orElse(null));
		fit();
	}

	private void say(String text) {
		status.setText(text);
		status.getParent().layout();
	}

	private void fit() {
		if (!scroller.isDisposed()) {
			int width = scroller.getClientArea().width;
			scroller.setMinSize(grid.computeSize(width, SWT.DEFAULT));
			grid.layout(true, true);
		}
	}

	/** A click on a tile: its list below, and the interfaces in the catalog when it is about interfaces. */
	void open(Tile tile) {
		details.show(tile);
		if (events != null && !tile.interfaces().isEmpty()) {
			events.post(DashboardTopics.CATALOG_SHOW, Map.of(DashboardTopics.TITLE, tile.title(), DashboardTopics.TILE, tile.id(),
					DashboardTopics.INTERFACES, tile.interfaces()));
		}
	}

	List<TileView> tiles() {
		return List.copyOf(tiles);
	}

	@PreDestroy
	public void dispose() {
		followed.stop();
		follow(null);
		if (computation != null) {
			computation.cancel();
		}
		generation++;
	}
}
