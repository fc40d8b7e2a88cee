package io.cartograph.ui.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
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

	@PostConstruct
	public void create(Composite parent) {
		list = new SummaryTable(parent, SUMMARY_ID, TABLE_ID);
		list.column("Job", 280, JobRecord.class, JobRecord::name);
		list.column("State", 100, JobRecord.class, record -> label(record.state()));
		list.column("Started", 90, JobRecord.class, record -> record.started() == null ? "" : TIME.format(record.started()));
		list.column("Duration", 90, JobRecord.class, record -> format(record.duration(Instant.now())));
		list.column("Result", 360, JobRecord.class, JobRecord::message);
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

	private static String label(JobRecord.State state) {
		String name = state.name().toLowerCase();
		return Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	static String format(Duration duration) {
		long millis = duration.toMillis();
		return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
	}
}
