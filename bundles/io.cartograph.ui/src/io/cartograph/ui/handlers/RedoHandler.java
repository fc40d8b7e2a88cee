package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

import io.cartograph.core.workspace.WorkspaceSession;

/** Edit > Redo (Ctrl+Shift+Z or Ctrl+Y): redoes the last undone command. */
public class RedoHandler {

	@CanExecute
	public boolean canExecute(WorkspaceSession session) {
		return session.commandStack().canRedo();
	}

	@Execute
	public void execute(WorkspaceSession session) {
		session.commandStack().redo();
	}
}
