package io.cartograph.ui.handlers;

import java.io.IOException;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFileException;
import io.cartograph.core.workspace.Workspace;

/**
 * Loads a workspace's model before it is shown, and when a model file is damaged tells the user
 * which one and offers the backup of the last good save. Nothing is deleted: the damaged file is
 * kept beside the restored one.
 */
public final class DamagedModelDialog {

	private DamagedModelDialog() {
	}

	/** True when the model is loaded (maybe after restoring a backup); false when the user gave up. */
	public static boolean loadModel(Shell shell, Workspace workspace) {
		while (true) {
			try {
				workspace.model();
				return true;
			} catch (ModelFileException damaged) {
				if (damaged.backup().isEmpty()) {
					MessageDialog.openError(shell, "Damaged workspace", damaged.getMessage()
							+ "\n\nRepair or replace the file, then open the workspace again.");
					return false;
				}
				int choice = MessageDialog.open(MessageDialog.ERROR, shell, "Damaged workspace",
						damaged.getMessage() + "\n\nRestore the backup? The damaged file is kept as "
								+ damaged.file().getFileName() + ".damaged.",
						0, "Restore Backup", "Cancel");
				if (choice != 0) {
					return false;
				}
				try {
					LandscapeModel.restoreBackup(damaged.file());
				} catch (IOException e) {
					MessageDialog.openError(shell, "Damaged workspace", "The backup could not be restored: " + e.getMessage());
					return false;
				}
			}
		}
	}
}
