package io.cartograph.ui.rules;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Transformation Rules: brings the one rules editor forward, made in the editor stack the first time. */
public final class ShowRulesEditor {

	static final String EDITOR_STACK = "io.cartograph.app.partstack.editors";

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		show(parts, models, application, RulesEditorPart.PART_ID, EDITOR_STACK);
	}

	/** Brings the part forward, made from its descriptor into the given stack the first time; returns it. */
	static MPart show(EPartService parts, EModelService models, MApplication application, String partId, String stackId) {
		MPart part = parts.findPart(partId);
		if (part == null) {
			part = parts.createPart(partId);
			// Without a stack the part service would put it beside whatever part is active.
			if (models.find(stackId, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
