package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File > Exit (Ctrl+Q): closes Cartograph, asking first about unsaved editors. */
public class ExitHandler {

	@Execute
	public void execute(IWorkbench workbench, EPartService parts) {
		if (parts.getDirtyParts().isEmpty() || parts.saveAll(true)) {
			workbench.close();
		}
	}
}
