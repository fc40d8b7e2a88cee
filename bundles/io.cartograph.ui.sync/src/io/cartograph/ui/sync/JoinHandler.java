package io.cartograph.ui.sync;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Team > Join Workspace from Server...: makes a workspace from the server's and opens it. */
public final class JoinHandler {

	@CanExecute
	public boolean canExecute(@Optional TeamSync team) {
		return team != null;
	}

	@Execute
	public void execute(Shell shell, TeamSync team) {
		ServerDialog dialog = new ServerDialog(shell, ServerDialog.Purpose.JOIN, "https://", "");
		if (dialog.open() != Window.OK) {
			return;
		}
		ServerDialog.Answer answer = dialog.answer();
		Jobs.reportFailure(shell,
				team.join(answer.server(), answer.user(), answer.password(), answer.workspaceId(), answer.folder()),
				"Join Workspace from Server");
	}
}
