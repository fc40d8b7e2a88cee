package io.cartograph.ui.catalog;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;

import io.cartograph.model.landscape.Interface;
import io.cartograph.ui.ActiveWindow;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import jakarta.inject.Inject;

/**
 * Opens the catalog pre-filtered when another view posts {@link CatalogTopics#SHOW_FILTERED}, or
 * showing only given interfaces for {@link CatalogTopics#SHOW_INTERFACES} (a dashboard tile), and
 * as it is when the Landscape Explorer asks for {@link DedicatedView#INTERFACE_CATALOG}.
 */
public class CatalogAddon {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void openView(@UIEventTopic(LandscapeTopics.OPEN_VIEW) DedicatedView view) {
		if (view == DedicatedView.INTERFACE_CATALOG) {
			ActiveWindow.of(application).ifPresent(CatalogWindow::show);
		}
	}

	@Inject
	@Optional
	public void showFiltered(@UIEventTopic(CatalogTopics.SHOW_FILTERED) CatalogFilter filter) {
		ActiveWindow.of(application).map(CatalogWindow::show).ifPresent(part -> {
			if (part.getObject() instanceof InterfaceCatalogPart catalog) {
				catalog.show(filter);
			}
		});
	}

	@Inject
	@Optional
	public void showInterfaces(@UIEventTopic(CatalogTopics.SHOW_INTERFACES) Map<String, Object> request) {
		if (!(request.get(CatalogTopics.INTERFACES) instanceof List<?> items)) {
			return;
		}
		List<Interface> interfaces = items.stream().filter(Interface.class::isInstance).map(Interface.class::cast).toList();
		ActiveWindow.of(application).map(CatalogWindow::show).ifPresent(part -> {
			if (part.getObject() instanceof InterfaceCatalogPart catalog) {
				catalog.showOnly((String) request.get(CatalogTopics.TITLE), interfaces);
			}
		});
	}
}
