package io.cartograph.ui.map;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.MapFilter;
import io.cartograph.core.map.MapTraffic;
import io.cartograph.core.map.MapWeight;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.jobs.TaskRunListener;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.TaskRun;
import io.cartograph.ui.FollowedModel;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.WidgetTags;
import io.cartograph.ui.jobs.WorkspaceTasks;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The System Map: the open workspace's systems and the flows between them, filtered by
 * environment, tag and integration and weighted by interfaces or messages, drawn by
 * {@link MapCanvas}. It draws again shortly after the model changes; the messages per interface
 * are counted in a job (after each change and task run). A double-click opens a system's editor;
 * the system of the active editor (or the one selected elsewhere) is highlighted.
 */
public class SystemMapPart {

	public static final String PART_ID = "io.cartograph.ui.map.part.map";
	static final String CANVAS_ID = "map.canvas";
	static final String STATUS_ID = "map.status";
	static final int SETTLE_MILLIS = 300;

	@Inject
	private WorkspaceSession session;

	@Inject
	private UISynchronize ui;

	@Inject
	@Optional
	private IEventBroker events;

	@Inject
	@Optional
	private ESelectionService selection;

	/** Tests fix "now"; the workbench has none in its context and uses the system clock. */
	@Inject
	@Optional
	private Clock clock;

	MapToolbar toolbar;
	MapCanvas map;
	private CLabel status;
	SaveLocation saveLocation;
	private FollowedModel followed;
	private WorkspaceTasks tasks;
	private Map<Interface, Long> messages = Map.of();
	private boolean messagesKnown;
	private Job counting;
	private int generation;
	private Object linkedObject;
	private final Runnable redraw = this::redraw;
	/** One runnable, so that a burst of edits re-arms one timer instead of queueing a count per edit. */
	private final Runnable recount = this::count;
	/** What the map last gave the workbench as its selection; it comes back as the active selection. */
	private Object published;
	private final CommandStackListener onEdit = event -> ui.asyncExec(this::soon);
	private final TaskRunListener onRun = new TaskRunListener() {
		@Override
		public void finished(TaskRun run) {
			ui.asyncExec(SystemMapPart.this::count);
		}
	};

	@PostConstruct
	public void create(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.verticalSpacing = 0;
		parent.setLayout(layout);
		toolbar = new MapToolbar(parent);
		map = new MapCanvas(parent);
		WidgetTags.tag(map.canvas, CANVAS_ID);
		map.canvas.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		status = WidgetTags.tag(new CLabel(parent, SWT.NONE), STATUS_ID);
		status.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		saveLocation = new FileDialogLocation(parent.getShell());
		toolbar.environment.addListener(SWT.Selection, event -> redraw());
		toolbar.tag.addListener(SWT.Selection, event -> redraw());
		toolbar.integration.addListener(SWT.Selection, event -> redraw());
		toolbar.weight.addListener(SWT.Selection, event -> redraw());
		toolbar.zoomIn.addListener(SWT.Selection, event -> map.zoomIn());
		toolbar.zoomOut.addListener(SWT.Selection, event -> map.zoomOut());
		toolbar.fit.addListener(SWT.Selection, event -> map.fit());
		toolbar.png.addListener(SWT.Selection, event -> export("png"));
		toolbar.svg.addListener(SWT.Selection, event -> export("svg"));
		map.listen(new MapCanvas.Listener() {
			@Override
			public void selected(int node, int edge) {
				publish(node, edge);
			}

			@Override
			public void opened(int node, int edge) {
				open(node, edge);
			}
		});
		followed = new FollowedModel(session, ui, onEdit, this::switched);
		followed.start();
	}

	/** After a switch to another workspace (or none): draw it, fitted, and count its messages. */
	private void switched() {
		if (map.canvas.isDisposed()) {
			return;
		}
		messages = Map.of();
		messagesKnown = false;
		redraw();
		map.fit();
		count();
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
		if (!map.canvas.isDisposed()) {
			map.canvas.getDisplay().timerExec(SETTLE_MILLIS, redraw);
			map.canvas.getDisplay().timerExec(SETTLE_MILLIS, recount);
		}
	}

	/** Lays out the model's map under the toolbar's filter and weight, and shows it. */
	void redraw() {
		if (map.canvas.isDisposed()) {
			return;
		}
		LandscapeModel model = followed.current();
		toolbar.fill(model);
		if (model == null) {
			map.show(null, "No workspace is open.");
			status.setText("");
			return;
		}
		MapFilter filter = toolbar.filter();
		MapWeight weight = toolbar.weight();
		SystemGraph graph = SystemGraph.of(model.interfaces().getInterfaces(), filter, weight, messages);
		Layout layout = LayeredLayout.of(graph);
		String none = filter.equals(MapFilter.ALL) ? "No interface connects two systems yet: set senders and receivers."
				: "No interface connects two systems under this filter.";
		map.show(MapContent.of(layout, messages, messagesKnown, weight == MapWeight.MESSAGES), none);
		relink();
		status.setText(graph.nodes().size() + " systems, " + graph.edges().size() + " flows"
				+ (graph.unplaced() == 0 ? "" : "; " + graph.unplaced() + " interfaces without two different systems are not drawn")
				+ (weight == MapWeight.MESSAGES && !messagesKnown ? ". Counting messages..." : ""));
		status.getParent().layout();
	}

	/** Counts the messages per interface of the last {@value MapTraffic#DAYS} days in a job, then draws again. */
	void count() {
		if (map.canvas.isDisposed()) {
			return;
		}
		int mine = ++generation;
		if (counting != null) {
			counting.cancel();
		}
		LandscapeModel model = followed.current();
		Workspace workspace = session.current().orElse(null);
		if (model == null || workspace == null) {
			return;
		}
		List<Interface> interfaces = List.copyOf(model.interfaces().getInterfaces());
		HarvestedData data = HarvestedData.of(workspace.store());
		Clock now = clock == null ? Clock.systemUTC() : clock;
		counting = Job.create("Count the messages of the system map", monitor -> {
			Map<Interface, Long> counted;
			try {
				counted = MapTraffic.since(data, interfaces, now.instant().minus(Duration.ofDays(MapTraffic.DAYS)));
			} catch (RuntimeException failed) {
				// The workspace closed or an edit raced the count: the next change counts again.
				return Status.OK_STATUS;
			}
			ui.asyncExec(() -> {
				if (mine == generation && !map.canvas.isDisposed()) {
					messages = counted;
					messagesKnown = true;
					redraw();
				}
			});
			return Status.OK_STATUS;
		});
		counting.setSystem(true);
		counting.schedule();
	}

	boolean messagesKnown() {
		return messagesKnown;
	}

	/** The active editor's object: a system is highlighted on the map. */
	@Inject
	@Optional
	void activePart(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (part == null || part.getPersistedState().get(LandscapeEditorPart.INPUT_KEY) == null || map == null) {
			return;
		}
		LandscapeModel model = followed == null ? null : followed.current();
		linkedObject = model == null ? null
				: EditorInput.parse(part.getPersistedState().get(LandscapeEditorPart.INPUT_KEY))
						.flatMap(input -> input.resolve(model)).orElse(null);
		relink();
	}

	/** A system selected elsewhere (the Landscape Explorer) is highlighted too. */
	@Inject
	@Optional
	void selected(@Named(IServiceConstants.ACTIVE_SELECTION) Object selected) {
		if (selected instanceof LandscapeSystem system && map != null && selected != published) {
			linkedObject = system;
			relink();
		}
	}

	private void relink() {
		if (map != null && !map.canvas.isDisposed()) {
			map.link(linkedObject instanceof LandscapeSystem system ? map.graph().node(system) : -1);
		}
	}

	/** The map's selection for the rest of the workbench: the system, or the flow's interfaces. */
	private void publish(int node, int edge) {
		if (selection == null) {
			return;
		}
		SystemGraph graph = map.graph();
		Object selected = node >= 0 ? graph.system(node).orElse(null) : edge >= 0 ? graph.edges().get(edge).interfaces() : null;
		published = selected;
		selection.setSelection(selected);
	}

	/** A system opens its editor; a flow of one interface opens the interface's. */
	private void open(int node, int edge) {
		SystemGraph graph = map.graph();
		Object object = node >= 0 ? graph.system(node).orElse(null)
				: edge >= 0 && graph.edges().get(edge).interfaces().size() == 1 ? graph.edges().get(edge).interfaces().get(0) : null;
		if (object != null && events != null) {
			events.post(LandscapeTopics.OPEN, object);
		}
	}

	private void export(String extension) {
		if (!map.hasMap()) {
			status.setText("Nothing to export: the map is empty.");
			return;
		}
		LandscapeModel model = followed.current();
		String kept = toolbar.filter().describe();
		String title = (model == null ? "System map" : model.landscape().getName()) + (kept.isEmpty() ? "" : " (" + kept + ")");
		Path target = saveLocation.ask(title, extension);
		if (target != null) {
			status.setText(MapExport.save(map.canvas.getDisplay(), map.content(), title, extension, target));
			status.getParent().layout();
		}
	}

	String statusText() {
		return status.getText();
	}

	@PreDestroy
	public void dispose() {
		followed.stop();
		follow(null);
		if (counting != null) {
			counting.cancel();
		}
		generation++;
	}
}
