package io.cartograph.ui.handlers;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.core.workspace.WorkspaceSession;

/**
 * What New Workspace and Open Workspace share: pick a folder, keep unsaved work safe, switch the
 * session, and explain any failure in words the user can act on.
 */
final class WorkspaceChooser {

	private final Shell shell;
	private final WorkspaceSession session;
	private final EPartService parts;

	WorkspaceChooser(Shell shell, WorkspaceSession session, EPartService parts) {
		this.shell = shell;
		this.session = session;
		this.parts = parts;
	}

	Optional<Path> askForFolder(String title, String message) {
		DirectoryDialog dialog = new DirectoryDialog(shell);
		dialog.setText(title);
		dialog.setMessage(message);
		session.current().ifPresent(workspace -> {
			Path parent = workspace.root().getParent();
			dialog.setFilterPath((parent != null ? parent : workspace.root()).toString());
		});
		return Optional.ofNullable(dialog.open()).map(Path::of);
	}

	/** Saves or drops unsaved changes as the user decides; false when the user cancelled. */
	boolean releaseCurrent() {
		return parts.getDirtyParts().isEmpty() || parts.saveAll(true);
	}

	void switchTo(Workspace workspace) {
		session.switchTo(workspace);
	}

	void showError(String title, WorkspaceException problem) {
		MessageDialog.openError(shell, title, problem.getMessage());
	}
}
