package io.cartograph.ui.sync;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** Tells the user when a team job asked for from a menu did not work. */
final class Jobs {

	private Jobs() {
	}

	static void reportFailure(Shell shell, Job job, String title) {
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!event.getResult().isOK() && !shell.isDisposed()) {
					shell.getDisplay().asyncExec(() -> {
						if (!shell.isDisposed()) {
							MessageDialog.openError(shell, title, event.getResult().getMessage());
						}
					});
				}
			}
		});
	}
}
