package io.cartograph.ui.rules;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import io.cartograph.ui.ActiveWindow;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;
import jakarta.inject.Inject;

/**
 * Shows the rules editor, Strategy Fit, To-do or End-to-End Proposals when the Landscape Explorer asks for them
 * ({@link LandscapeTopics#OPEN_VIEW}), the same way as their Window menu entries.
 */
public class RulesAddon {

	@Inject
	private MApplication application;

	@Inject
	@Optional
	public void openView(@UIEventTopic(LandscapeTopics.OPEN_VIEW) DedicatedView view) {
		MWindow window = ActiveWindow.of(application).orElse(null);
		if (window == null) {
			return;
		}
		IEclipseContext context = window.getContext();
		EPartService parts = context.get(EPartService.class);
		EModelService models = context.get(EModelService.class);
		switch (view) {
		case TRANSFORMATION_RULES, SYSTEM_RULES, OBJECT_RULES -> {
			MPart part = ShowRulesEditor.show(parts, models, application, RulesEditorPart.PART_ID,
					ShowRulesEditor.EDITOR_STACK);
			if (part != null && part.getObject() instanceof RulesEditorPart editor) {
				editor.bringForward(view);
			}
		}
		case STRATEGY_FIT -> new ShowStrategyFit().execute(parts, models, application);
		case TODO -> new ShowTodo().execute(parts, models, application);
		case END_TO_END_PROPOSALS -> new ShowProposals().execute(parts, models, application);
		default -> {
			// Another bundle's view.
		}
		}
	}
}
