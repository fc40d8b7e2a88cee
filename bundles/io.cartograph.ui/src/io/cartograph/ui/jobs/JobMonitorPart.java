package io.cartograph.ui.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.cartograph.ui.SummaryTable;
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
	private SummaryTable list;
	private TableViewer viewer;

	@PostConstruct
	public void create(Composite parent) {
		list = new SummaryTable(parent, SUMMARY_ID, TABLE_ID);
		viewer = list.viewer();
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
		if (list == null || list.isDisposed()) {
			return;
		}
		var records = history.records();
		long running = records.stream().filter(r -> r.state() == JobRecord.State.RUNNING).count();
		list.show(records, records.isEmpty() ? "No background jobs have run in this session."
				: records.size() + " job(s) this session, " + running + " running.");
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
