package io.cartograph.ui.dashboard;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import jakarta.inject.Inject;

/** Shows the dashboard when the Landscape Explorer asks for it, as Window > Dashboard does. */
public class DashboardAddon {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void openView(@UIEventTopic(LandscapeTopics.OPEN_VIEW) DedicatedView view) {
		MWindow window = application.getSelectedElement();
		if (view == DedicatedView.DASHBOARD && window != null && window.getContext() != null) {
			// The window's part service, as the menu handler gets it.
			new ShowDashboardHandler().execute(window.getContext().get(EPartService.class));
		}
	}
}
