package io.cartograph.ui.jobs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.store.RunFilter;
import io.cartograph.store.RunLogLine;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;
import io.cartograph.ui.SummaryTable;
import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Job Monitor: the open workspace's task runs. Running tasks with their live progress on
 * top, the history from the store below (filtered by data source and status), and the log of
 * the selected run at the bottom. Cancel stops the selected running task; "Run schedules" runs
 * the recurrences unattended while it is on. The store is read in a background job, so a busy
 * run never holds up the UI thread.
 */
public class JobMonitorPart {

	public static final String TABLE_ID = "jobs.table";
	public static final String SUMMARY_ID = "jobs.summary";
	public static final String ACTIVE_ID = "jobs.active";
	public static final String LOG_ID = "jobs.log";
	public static final String SOURCE_FILTER_ID = "jobs.filter.dataSource";
	public static final String STATUS_FILTER_ID = "jobs.filter.status";
	public static final String CANCEL_ID = "jobs.cancel";
	public static final String SCHEDULES_ID = "jobs.schedules";

	@Inject
	private UISynchronize ui;

	private WorkspaceTasks tasks;
	private Composite root;
	private RunFilterBar filters;
	private Button cancel;
	private Button schedules;
	private ActiveTasks active;
	private SummaryTable history;
	private SummaryTable log;
	private final AtomicLong historyGeneration = new AtomicLong();
	private final AtomicLong logGeneration = new AtomicLong();
	private Long selectedRun;

	@PostConstruct
	public void create(Composite parent) {
		root = parent;
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(6, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		filters = new RunFilterBar(bar, SOURCE_FILTER_ID, STATUS_FILTER_ID, this::reload);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(new Label(bar, SWT.NONE));
		cancel = WidgetTags.tag(new Button(bar, SWT.PUSH), CANCEL_ID);
		cancel.setText("Cancel");
		cancel.setToolTipText("Cancel the selected running task");
		schedules = WidgetTags.tag(new Button(bar, SWT.CHECK), SCHEDULES_ID);
		schedules.setText("Run schedules");
		schedules.setToolTipText("Run the tasks of every data source by their recurrence while Cartograph is open");

		active = new ActiveTasks(parent, ACTIVE_ID, ui, this::reload, this::showProgress);
		SashForm sash = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		history = new SummaryTable(new Composite(sash, SWT.NONE), SUMMARY_ID, TABLE_ID);
		historyColumns();
		log = new SummaryTable(new Composite(sash, SWT.NONE), LOG_ID + ".summary", LOG_ID);
		log.column("Time", 110, RunLogLine.class, line -> RunTexts.logged(line.at()));
		log.column("Level", 60, RunLogLine.class, line -> line.level().name(), this::levelColor);
		log.column("Message", 900, RunLogLine.class, RunLogLine::message);
		sash.setWeights(62, 38);

		history.viewer().addSelectionChangedListener(event -> {
			selectedRun = selectedHistoryRun().map(TaskRun::id).orElse(null);
			updateButtons();
			loadLog();
		});
		active.onSelection(this::updateButtons);
		cancel.addListener(SWT.Selection, event -> cancelSelected());
		schedules.addListener(SWT.Selection, event -> switchSchedules());
		follow(tasks);
	}

	private void historyColumns() {
		history.column("Data source", 170, TaskRun.class, TaskRun::dataSourceName);
		history.column("Task", 130, TaskRun.class, run -> run.taskType().name());
		history.column("Trigger", 75, TaskRun.class, RunTexts::trigger);
		history.column("Started", 145, TaskRun.class, RunTexts::started);
		history.column("Duration", 90, TaskRun.class, run -> RunTexts.duration(run, Instant.now()));
		history.column("Status", 90, TaskRun.class, run -> run.status().name(),
				run -> RunTexts.color(root.getDisplay(), run.status()));
		// A running run's counts in the store are those of its start: show the live ones.
		history.column("Read", 70, TaskRun.class,
				run -> String.valueOf(active.live(run).map(ActiveTasks.Active::read).orElse(run.read())));
		history.column("Written", 70, TaskRun.class,
				run -> String.valueOf(active.live(run).map(ActiveTasks.Active::written).orElse(run.written())));
		history.column("Error", 600, TaskRun.class, run -> run.errorText().orElse(""));
	}

	/** The open workspace's tasks; the addon sets a new one when another workspace opens. */
	@Inject
	public void setTasks(@org.eclipse.e4.core.di.annotations.Optional WorkspaceTasks next) {
		if (next == tasks) {
			return;
		}
		if (tasks != null && active != null) {
			tasks.removeListener(active);
		}
		tasks = next;
		if (root != null && !root.isDisposed()) {
			follow(next);
		}
	}

	private void follow(WorkspaceTasks next) {
		active.clear();
		if (next != null) {
			next.addListener(active);
		}
		selectedRun = null;
		schedules.setSelection(next != null && next.runsSchedules());
		schedules.setEnabled(next != null);
		reload();
	}

	/** Updates the running rows of the history (counts, duration) without reading the store. */
	private void showProgress() {
		if (!history.isDisposed() && history.viewer().getInput() instanceof List<?> rows) {
			Object[] running = rows.stream().filter(row -> row instanceof TaskRun run && run.status() == RunStatus.RUNNING)
					.toArray();
			history.viewer().update(running, null);
		}
	}

	/** Reads the history again (and the selected run's log) in the background. */
	void reload() {
		if (root == null || root.isDisposed()) {
			return;
		}
		WorkspaceTasks source = tasks;
		if (source == null) {
			history.show(List.of(), "No workspace is open.");
			log.show(List.of(), "");
			updateButtons();
			return;
		}
		updateSourceFilter(source);
		RunFilter filter = filters.filter();
		inBackground(historyGeneration, "Reading the task history", () -> source.runs().history(filter), runs -> {
			if (source != tasks) {
				return;
			}
			history.show(runs, summary(runs));
			runs.stream().filter(run -> selectedRun != null && run.id() == selectedRun).findFirst()
					.ifPresent(run -> history.viewer().setSelection(new StructuredSelection(run), true));
			updateButtons();
			loadLog();
		});
	}

	private void loadLog() {
		WorkspaceTasks source = tasks;
		Optional<TaskRun> run = selectedHistoryRun();
		if (source == null || run.isEmpty()) {
			logGeneration.incrementAndGet();
			log.show(List.of(), "Select a run to see its log.");
			return;
		}
		long id = run.get().id();
		String title = run.get().taskType() + " of " + run.get().dataSourceName() + ", started "
				+ RunTexts.started(run.get());
		inBackground(logGeneration, "Reading a task run's log", () -> source.runs().log(id), lines -> {
			if (source == tasks) {
				log.show(lines, "Log of " + title + ": " + lines.size() + " line(s)");
			}
		});
	}

	/** Runs a store read in a job and shows its result unless a newer read was asked for meanwhile. */
	private <T> void inBackground(AtomicLong generation, String name, Supplier<T> read, Consumer<T> show) {
		long mine = generation.incrementAndGet();
		Job job = Job.create(name, (IProgressMonitor monitor) -> {
			T result;
			try {
				result = read.get();
			} catch (RuntimeException unreadable) {
				// The store closed under us (another workspace opened): the next reload shows that one.
				return Status.OK_STATUS;
			}
			ui.asyncExec(() -> {
				if (generation.get() == mine && !root.isDisposed()) {
					show.accept(result);
				}
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void updateSourceFilter(WorkspaceTasks source) {
		try {
			filters.offer(source.workspace().model().dataSources().getDataSources());
		} catch (RuntimeException damaged) {
			// A model that does not load: filter by status only.
		}
	}

	private String summary(List<TaskRun> runs) {
		if (runs.isEmpty()) {
			return filters.filter().equals(RunFilter.all()) ? "No task has run in this workspace yet. Start one from a data source's editor."
					: "No run matches the filter.";
		}
		long failed = runs.stream().filter(run -> run.status() == RunStatus.FAILED).count();
		long running = runs.stream().filter(run -> run.status() == RunStatus.RUNNING).count();
		return runs.size() + " run(s), " + running + " running, " + failed + " failed"
				+ (tasks != null && tasks.runsSchedules() ? "; schedules are running" : "");
	}

	private Optional<TaskRun> selectedHistoryRun() {
		Object first = ((IStructuredSelection) history.viewer().getSelection()).getFirstElement();
		return first instanceof TaskRun run ? Optional.of(run) : Optional.empty();
	}

	/** The running task picked in the active table, else the one picked in the history. */
	private Optional<TaskRun> cancellable() {
		if (tasks == null) {
			return Optional.empty();
		}
		return active.selected().or(this::selectedHistoryRun)
				.filter(run -> run.status() == RunStatus.RUNNING && tasks.isActive(run));
	}

	private void updateButtons() {
		cancel.setEnabled(cancellable().isPresent());
	}

	private void cancelSelected() {
		cancellable().ifPresent(run -> tasks.cancel(run));
	}

	private void switchSchedules() {
		if (tasks == null || !tasks.runSchedules(root.getShell(), schedules.getSelection())) {
			schedules.setSelection(false);
		}
		reload();
	}

	private org.eclipse.swt.graphics.Color levelColor(RunLogLine line) {
		return switch (line.level()) {
		case ERROR -> root.getDisplay().getSystemColor(SWT.COLOR_RED);
		case WARN -> root.getDisplay().getSystemColor(SWT.COLOR_DARK_YELLOW);
		case INFO -> null;
		};
	}

	@PreDestroy
	public void dispose() {
		if (tasks != null && active != null) {
			tasks.removeListener(active);
		}
	}
}
