package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.CartographVersion;
import io.cartograph.core.workspace.WorkspaceSession;
import jakarta.inject.Named;

/** Help > About Cartograph: version, runtime and the open workspace, for support requests. */
public class AboutHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell, WorkspaceSession session) {
		String workspace = session.current().map(w -> w.name() + " (" + w.root() + ")").orElse("none");
		MessageDialog.openInformation(shell, "About Cartograph", String.join("\n",
				"Cartograph " + CartographVersion.current(),
				"A workbench for SAP-centred integration landscapes.",
				"",
				"Workspace: " + workspace,
				"Java: " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
				"System: " + System.getProperty("os.name") + " " + System.getProperty("os.arch")));
	}
}
