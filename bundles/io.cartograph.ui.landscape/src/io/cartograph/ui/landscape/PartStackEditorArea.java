package io.cartograph.ui.landscape;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import jakarta.inject.Inject;

/**
 * The workbench's editor area: editors are parts made from the landscape editor's part
 * descriptor, placed into the editor stack of the default layout, one per object.
 */
public final class PartStackEditorArea implements EditorArea {

	public static final String EDITOR_STACK_ID = "io.cartograph.app.partstack.editors";

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MWindow window;

	@Override
	public void open(EditorInput input, String label) {
		for (MPart part : parts.getParts()) {
			if (LandscapeEditorPart.DESCRIPTOR_ID.equals(part.getElementId())
					&& input.key().equals(part.getPersistedState().get(LandscapeEditorPart.INPUT_KEY))) {
				parts.showPart(part, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(LandscapeEditorPart.DESCRIPTOR_ID);
		part.getPersistedState().put(LandscapeEditorPart.INPUT_KEY, input.key());
		part.setLabel(label);
		MUIElement stack = models.find(EDITOR_STACK_ID, window);
		if (stack instanceof MPartStack editors) {
			editors.getChildren().add(part);
		}
		// Without the stack (a layout the user took apart) the part service finds a place itself.
		parts.showPart(part, PartState.ACTIVATE);
	}

	@Override
	public void close(MPart editor) {
		parts.hidePart(editor, true);
	}
}
