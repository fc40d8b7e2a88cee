package io.cartograph.ui.policy.bundles;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.ui.policy.ObjectEditorPart;
import jakarta.inject.Named;

/**
 * File > Export API Proxy Bundle...: the proxy of the active flow editor, or the one selected in
 * the Landscape Explorer, written as a bundle (zip) in the layout it came in (SAP or Apigee),
 * ready for API Management's import. The file is written atomically.
 */
public class ExportProxyBundleHandler {

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		return proxy(part, selection) != null;
	}

	@Execute
	public void execute(Shell shell, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
			@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
		ApiProxy proxy = proxy(part, selection);
		if (proxy == null) {
			return;
		}
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export API Proxy Bundle");
		dialog.setFilterNames(new String[] { "API proxy bundles (*.zip)" });
		dialog.setFilterExtensions(new String[] { "*.zip" });
		dialog.setFileName(proxy.getName() + ".zip");
		dialog.setOverwrite(true);
		String file = dialog.open();
		if (file == null) {
			return;
		}
		Path zip = Path.of(file.endsWith(".zip") ? file : file + ".zip");
		try {
			ProxyBundleTransfer.write(proxy, zip);
		} catch (IOException | RuntimeException e) {
			MessageDialog.openError(shell, "Export API Proxy Bundle", "The bundle was not written: " + e.getMessage());
		}
	}

	/** The proxy of the active editor, else the selected one; null when there is none. */
	static ApiProxy proxy(MPart part, Object selection) {
		if (part != null && part.getObject() instanceof ObjectEditorPart editor && editor.input() instanceof ApiProxy proxy) {
			return proxy;
		}
		return selection instanceof ApiProxy proxy ? proxy : null;
	}
}
