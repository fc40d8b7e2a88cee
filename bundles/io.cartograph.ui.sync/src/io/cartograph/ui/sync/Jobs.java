package io.cartograph.ui.sync;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Tells the user when a team job asked for from a menu did not work. */
final class Jobs {

	private Jobs() {
	}

	/** Shows the job's problem once it ends, also when it ended before this was called. */
	static void reportFailure(Shell shell, Job job, String title) {
		AtomicBoolean reported = new AtomicBoolean();
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				report(shell, event.getResult(), title, reported);
			}
		});
		if (job.getResult() != null) {
			report(shell, job.getResult(), title, reported);
		}
	}

	private static void report(Shell shell, IStatus result, String title, AtomicBoolean reported) {
		if (result.isOK() || shell.isDisposed() || reported.getAndSet(true)) {
			return;
		}
		shell.getDisplay().asyncExec(() -> {
			if (!shell.isDisposed()) {
				MessageDialog.openError(shell, title, result.getMessage());
			}
		});
	}
}
