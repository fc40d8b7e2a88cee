package io.cartograph.ui.map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;

import io.cartograph.ui.ActiveWindow;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import jakarta.inject.Inject;

/** Shows the map when asked by event ({@code --show system-map}, the explorer), as Window > System Map does. */
public class SystemMapAddon {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void openView(@UIEventTopic(LandscapeTopics.OPEN_VIEW) DedicatedView view) {
		if (view == DedicatedView.SYSTEM_MAP) {
			ActiveWindow.of(application).ifPresent(ShowSystemMapHandler::show);
		}
	}
}
