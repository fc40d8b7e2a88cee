package io.cartograph.ui.dashboard;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.cartograph.ui.ActiveWindow;
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
		if (view == DedicatedView.DASHBOARD) {
			ActiveWindow.of(application)
					.ifPresent(window -> new ShowDashboardHandler().execute(window.getContext().get(EPartService.class)));
		}
	}
}
