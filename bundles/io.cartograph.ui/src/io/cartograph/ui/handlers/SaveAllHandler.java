package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** File > Save All (Ctrl+Shift+S): saves every editor with unsaved changes. */
public class SaveAllHandler {

	@CanExecute
	public boolean canExecute(EPartService parts) {
		return !parts.getDirtyParts().isEmpty();
	}

	@Execute
	public void execute(EPartService parts) {
		parts.saveAll(false);
	}
}
