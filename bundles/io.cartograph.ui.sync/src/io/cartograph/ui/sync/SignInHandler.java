package io.cartograph.ui.sync;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Team > Sign In...: asks for user and password for the open workspace's team server. */
public final class SignInHandler {

	@CanExecute
	public boolean canExecute(@Optional TeamSync team) {
		return team != null && team.isShared();
	}

	@Execute
	public void execute(Shell shell, TeamSync team) {
		signIn(shell, team);
	}

	/** Asks and signs in in the background; false when the user cancelled. */
	static boolean signIn(Shell shell, TeamSync team) {
		TeamLink link = team.link().orElseThrow();
		ServerDialog dialog = new ServerDialog(shell, ServerDialog.Purpose.SIGN_IN, link.server().toString(),
				link.workspaceId());
		if (dialog.open() != Window.OK) {
			return false;
		}
		Job job = team.signIn(dialog.answer().user(), dialog.answer().password());
		Jobs.reportFailure(shell, job, "Sign in");
		return true;
	}
}
