package io.cartograph.ui.policy.bundles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.apim.ProxyImport;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.LandscapeTopics;

/**
 * File > Import API Proxy Bundle...: one or more SAP or Apigee bundles (zip) become proxies of
 * the workspace, replacing proxies of the same name, as one undoable command. The files are read
 * in a job; a bundle that cannot be read at all imports nothing and says why.
 */
public class ImportProxyBundleHandler {

	@CanExecute
	public boolean canExecute(WorkspaceSession session) {
		return session.model().isPresent();
	}

	@Execute
	public void execute(Shell shell, WorkspaceSession session, UISynchronize ui, IEventBroker events) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText("Import API Proxy Bundle");
		dialog.setFilterNames(new String[] { "API proxy bundles (*.zip)", "All files" });
		dialog.setFilterExtensions(new String[] { "*.zip", "*" });
		if (dialog.open() == null) {
			return;
		}
		List<Path> bundles = new ArrayList<>();
		for (String name : dialog.getFileNames()) {
			bundles.add(Path.of(dialog.getFilterPath(), name));
		}
		Job.create("Reading " + bundles.size() + (bundles.size() == 1 ? " API proxy bundle" : " API proxy bundles"), monitor -> {
			try {
				ProxyBundleTransfer.Read read = ProxyBundleTransfer.read(bundles);
				ui.asyncExec(() -> imported(shell, session, events, read));
			} catch (Exception e) {
				ui.asyncExec(() -> MessageDialog.openError(shell, "Import API Proxy Bundle",
						"Nothing was imported. " + e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void imported(Shell shell, WorkspaceSession session, IEventBroker events, ProxyBundleTransfer.Read read) {
		LandscapeModel model = session.model().orElse(null);
		if (model == null || shell.isDisposed()) {
			return;
		}
		ProxyImport plan = ProxyImport.of(model, read.proxies());
		if (!ProxyBundleTransfer.apply(model, plan)) {
			MessageDialog.openError(shell, "Import API Proxy Bundle", "The workspace refused the proxies; nothing was imported.");
			return;
		}
		if (!read.problems().isEmpty()) {
			MessageDialog.openWarning(shell, "Import API Proxy Bundle", "Imported " + plan.summary()
					+ ". Some files have problems; their content is kept as it was:\n\n" + String.join("\n", read.problems()));
		}
		events.post(LandscapeTopics.OPEN, read.proxies().get(0));
	}
}
