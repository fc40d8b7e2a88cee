package io.cartograph.ui.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.cartograph.ui.WidgetTags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/** The job monitor: background jobs of this session, their state, duration and outcome. */
public class JobMonitorPart {

	public static final String TABLE_ID = "jobs.table";
	public static final String SUMMARY_ID = "jobs.summary";
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

	@Inject
	private UISynchronize ui;

	private final JobHistory history = new JobHistory(Clock.systemDefaultZone());
	private final Runnable onChange = () -> ui.asyncExec(this::refresh);
	private TableViewer viewer;
	private Label summary;

	@PostConstruct
	public void create(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		summary = WidgetTags.tag(new Label(parent, SWT.NONE), SUMMARY_ID);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		WidgetTags.tag(viewer.getTable(), TABLE_ID);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Job", 280, JobRecord::name);
		column("State", 100, record -> label(record.state()));
		column("Started", 90, record -> record.started() == null ? "" : TIME.format(record.started()));
		column("Duration", 90, record -> format(record.duration(Instant.now())));
		column("Result", 360, JobRecord::message);
		history.addListener(onChange);
		history.attach(Job.getJobManager());
		refresh();
	}

	void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		var records = history.records();
		viewer.setInput(records);
		long running = records.stream().filter(r -> r.state() == JobRecord.State.RUNNING).count();
		summary.setText(records.isEmpty() ? "No background jobs have run in this session."
				: records.size() + " job(s) this session, " + running + " running.");
		summary.getParent().layout(true);
	}

	JobHistory history() {
		return history;
	}

	@PreDestroy
	public void dispose() {
		history.detach(Job.getJobManager());
		history.removeListener(onChange);
	}

	private void column(String title, int width, Function<JobRecord, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((JobRecord) element);
			}
		});
	}

	private static String label(JobRecord.State state) {
		String name = state.name().toLowerCase();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	static String format(Duration duration) {
		long millis = duration.toMillis();
		return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
	}
}
