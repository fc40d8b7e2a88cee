package io.cartograph.ui.map;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Asks with the platform's save dialog, which asks before overwriting a file. */
final class FileDialogLocation implements SaveLocation {

	private final Shell shell;

	FileDialogLocation(Shell shell) {
		this.shell = shell;
	}

	@Override
	public Path ask(String suggestedName, String extension) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export the system map as " + extension.toUpperCase(java.util.Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + extension });
		dialog.setFileName(suggestedName.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + extension);
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		return chosen == null ? null : Path.of(chosen);
	}
}
