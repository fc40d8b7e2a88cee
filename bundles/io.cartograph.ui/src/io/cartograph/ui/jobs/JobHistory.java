package io.cartograph.ui.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;

/**
 * Every user-visible Eclipse Job of this session, newest first, as reported by the job manager.
 * System jobs (the platform's own housekeeping) are left out. Kept bounded so that a long session
 * does not grow without limit.
 */
public final class JobHistory extends JobChangeAdapter {

	static final int LIMIT = 500;

	private final Clock clock;
	private final List<JobRecord> records = new CopyOnWriteArrayList<>();
	private final Map<Job, JobRecord> live = new ConcurrentHashMap<>();
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	public JobHistory(Clock clock) {
		this.clock = clock;
	}

	public void attach(IJobManager jobs) {
		jobs.addJobChangeListener(this);
	}

	public void detach(IJobManager jobs) {
		jobs.removeJobChangeListener(this);
	}

	public List<JobRecord> records() {
		return new ArrayList<>(records);
	}

	/** Called from job threads; listeners must hop to the UI thread themselves. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	@Override
	public void scheduled(IJobChangeEvent event) {
		Job job = event.getJob();
		if (job.isSystem()) {
			return;
		}
		JobRecord record = new JobRecord(job.getName(), clock.instant());
		live.put(job, record);
		records.add(0, record);
		while (records.size() > LIMIT) {
			records.remove(records.size() - 1);
		}
		changed();
	}

	@Override
	public void running(IJobChangeEvent event) {
		JobRecord record = live.get(event.getJob());
		if (record != null) {
			record.running(clock.instant());
			changed();
		}
	}

	@Override
	public void done(IJobChangeEvent event) {
		JobRecord record = live.remove(event.getJob());
		if (record != null) {
			record.done(clock.instant(), event.getResult());
			changed();
		}
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}
}
