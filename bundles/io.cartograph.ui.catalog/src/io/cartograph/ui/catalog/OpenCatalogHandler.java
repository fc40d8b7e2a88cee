package io.cartograph.ui.catalog;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

/** Window > Interface Catalog. */
public class OpenCatalogHandler {

	@Execute
	public void execute(MWindow window) {
		CatalogWindow.show(window);
	}
}
