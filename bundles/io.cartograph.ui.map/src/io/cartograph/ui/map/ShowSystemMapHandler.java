package io.cartograph.ui.map;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * Window > System Map: brings the map to the front of the window, making it in the editor stack
 * the first time (a map wants the room the editors have, not the bottom stack's).
 */
public class ShowSystemMapHandler {

	static final String EDITOR_STACK_ID = "io.cartograph.app.partstack.editors";

	@Execute
	public void execute(MWindow window) {
		show(window);
	}

	static MPart show(MWindow window) {
		IEclipseContext context = window.getContext();
		EPartService parts = context.get(EPartService.class);
		EModelService models = context.get(EModelService.class);
		MPart part = parts.findPart(SystemMapPart.PART_ID);
		if (part == null) {
			part = parts.createPart(SystemMapPart.PART_ID);
			MUIElement stack = models.find(EDITOR_STACK_ID, window);
			if (stack instanceof MPartStack editors) {
				editors.getChildren().add(part);
			}
		}
		// Without the stack (a layout the user took apart) the part service finds a place itself.
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
