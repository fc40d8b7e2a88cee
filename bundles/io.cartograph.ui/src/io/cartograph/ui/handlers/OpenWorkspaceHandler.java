package io.cartograph.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.inject.Named;

/** File > Open Workspace...: opens an existing workspace folder (or offers to start one in an empty folder). */
public class OpenWorkspaceHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, WorkspaceSession session, EPartService parts) {
		WorkspaceChooser chooser = new WorkspaceChooser(shell, session, parts);
		Path folder = chooser.askForFolder("Open Workspace", "Choose a Cartograph workspace folder").orElse(null);
		if (folder == null || !chooser.releaseCurrent()) {
			return;
		}
		try {
			Workspace workspace = Workspace.open(folder);
			if (DamagedModelDialog.loadModel(shell, workspace)) {
				chooser.switchTo(workspace);
			} else {
				workspace.close();
			}
		} catch (WorkspaceException notAWorkspace) {
			if (isEmptyFolder(folder) && MessageDialog.openQuestion(shell, "Open Workspace",
					folder + " is empty.\n\nCreate a new Cartograph workspace there?")) {
				try {
					chooser.switchTo(Workspace.create(folder, folder.getFileName().toString()));
				} catch (WorkspaceException failed) {
					chooser.showError("New Workspace", failed);
				}
			} else {
				chooser.showError("Open Workspace", notAWorkspace);
			}
		}
	}

	private static boolean isEmptyFolder(Path folder) {
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			return false;
		}
	}
}
