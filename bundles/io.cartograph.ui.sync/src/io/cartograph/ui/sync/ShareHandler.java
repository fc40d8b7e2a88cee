package io.cartograph.ui.sync;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.WorkspaceSession;

/** Team > Share Workspace on Server...: creates the workspace on the server (administrators). */
public final class ShareHandler {

	@CanExecute
	public boolean canExecute(@Optional TeamSync team, @Optional WorkspaceSession session) {
		return team != null && !team.isShared() && session != null && session.current().isPresent();
	}

	@Execute
	public void execute(Shell shell, TeamSync team, WorkspaceSession session) {
		String name = session.current().map(workspace -> workspace.name()).orElse("");
		ServerDialog dialog = new ServerDialog(shell, ServerDialog.Purpose.SHARE, "https://", idFrom(name));
		if (dialog.open() != Window.OK) {
			return;
		}
		ServerDialog.Answer answer = dialog.answer();
		Jobs.reportFailure(shell, team.share(answer.server(), answer.user(), answer.password(), answer.workspaceId()),
				"Share Workspace on Server");
	}

	/** "Team landscape" becomes "team-landscape". */
	static String idFrom(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}
}
