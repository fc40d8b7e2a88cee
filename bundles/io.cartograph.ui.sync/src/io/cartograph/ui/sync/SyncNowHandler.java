package io.cartograph.ui.sync;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;

/** Team > Sync Now (Ctrl+Alt+S): signs in first if needed, then syncs in the background. */
public final class SyncNowHandler {

	@CanExecute
	public boolean canExecute(@Optional TeamSync team) {
		return team != null && team.isShared();
	}

	@Execute
	public void execute(Shell shell, TeamSync team) {
		if (!team.isSignedIn() && !SignInHandler.signIn(shell, team)) {
			return;
		}
		team.syncNow();
	}
}
