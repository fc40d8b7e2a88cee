package io.cartograph.ui.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.inject.Named;

/** File > New Workspace...: creates an empty workspace in a folder of the user's choice and opens it. */
public class NewWorkspaceHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, WorkspaceSession session, EPartService parts) {
		WorkspaceChooser chooser = new WorkspaceChooser(shell, session, parts);
		Path folder = chooser.askForFolder("New Workspace",
				"Choose an empty folder for the new workspace (create one in this dialog if needed)").orElse(null);
		if (folder == null) {
			return;
		}
		InputDialog name = new InputDialog(shell, "New Workspace", "Name of the landscape this workspace describes:",
				folder.getFileName() == null ? "Landscape" : folder.getFileName().toString(),
				text -> text.isBlank() ? "Enter a name." : null);
		if (name.open() != Window.OK || !chooser.releaseCurrent()) {
			return;
		}
		try {
			chooser.switchTo(Workspace.create(folder, name.getValue().trim()));
		} catch (WorkspaceException failed) {
			chooser.showError("New Workspace", failed);
		}
	}
}
