package io.cartograph.ui.sync;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Window > Conflicts: brings the view forward, made in the bottom stack the first time. */
public final class ShowConflicts {

	static final String BOTTOM_STACK = "io.cartograph.app.partstack.bottom";

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		show(parts, models, application);
	}

	static MPart show(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(ConflictsPart.PART_ID);
		if (part == null) {
			part = parts.createPart(ConflictsPart.PART_ID);
			// Without a stack the part service would put it beside whatever part is active.
			if (models.find(BOTTOM_STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
