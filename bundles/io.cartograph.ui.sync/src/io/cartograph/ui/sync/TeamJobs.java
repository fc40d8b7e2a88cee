package io.cartograph.ui.sync;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.cartograph.sync.SyncException;

/**
 * The background jobs of team sync: one at a time (the sync client is used from one thread at a
 * time), all of the family {@link TeamSync#JOBS}, and a failure is an error status with the
 * message for people (sync's messages hold no token or password), not a stack trace.
 */
final class TeamJobs {

	private final ISchedulingRule oneAtATime = new OneAtATime();
	private final Runnable afterEach;

	/** {@code afterEach} runs when any job ends, however it ended. */
	TeamJobs(Runnable afterEach) {
		this.afterEach = afterEach;
	}

	Job schedule(String name, Runnable work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					work.run();
					return Status.OK_STATUS;
				} catch (SyncException | IllegalStateException e) {
					return Status.error(e.getMessage());
				} finally {
					afterEach.run();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == TeamSync.JOBS;
			}
		};
		job.setRule(oneAtATime);
		job.schedule();
		return job;
	}

	void cancelAll() {
		Job.getJobManager().cancel(TeamSync.JOBS);
	}

	private static final class OneAtATime implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	}
}
