package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import io.cartograph.core.workspace.WorkspaceSession;

/** Edit > Undo (Ctrl+Z): undoes the last command on the open workspace's command stack. */
public class UndoHandler {

	@CanExecute
	public boolean canExecute(WorkspaceSession session) {
		return session.commandStack().canUndo();
	}

	@Execute
	public void execute(WorkspaceSession session) {
		session.commandStack().undo();
	}
}
