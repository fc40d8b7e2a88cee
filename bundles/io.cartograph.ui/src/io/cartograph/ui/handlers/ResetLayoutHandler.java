package io.cartograph.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.cartograph.ui.DefaultLayout;

/** Window > Reset Layout: every view back in its first place, closed views reopened. */
public class ResetLayoutHandler {

	@Execute
	public void execute(MApplication application, MWindow window, EModelService models, EPartService parts) {
		DefaultLayout.reset(application, window, models, parts);
	}
}
