package io.cartograph.ui.catalog;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

import jakarta.inject.Inject;

/** Opens the catalog pre-filtered when another view posts {@link CatalogTopics#SHOW_FILTERED}. */
public class CatalogAddon {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void showFiltered(@UIEventTopic(CatalogTopics.SHOW_FILTERED) CatalogFilter filter) {
		MWindow window = application.getSelectedElement();
		if (window == null || window.getContext() == null) {
			return;
		}
		MPart part = CatalogWindow.show(window);
		if (part != null && part.getObject() instanceof InterfaceCatalogPart catalog) {
			catalog.show(filter);
		}
	}
}
