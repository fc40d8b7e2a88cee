package io.cartograph.ui.landscape;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import jakarta.inject.Inject;

/**
 * The workbench's editor area: editors are parts made from the part descriptor that edits the
 * object's kind (the landscape editor's unless another bundle claims it, see
 * {@link EditorDescriptors}), placed into the editor stack of the default layout, one per object.
 */
public final class PartStackEditorArea implements EditorArea {

	public static final String EDITOR_STACK_ID = "io.cartograph.app.partstack.editors";

	@Inject
	private EPartService parts;

	@Inject
	private EModelService models;

	@Inject
	private MWindow window;

	@Inject
	private MApplication application;

	@Inject
	@Optional
	private WorkspaceSession session;

	@Override
	public void open(EditorInput input, String label) {
		for (MPart part : parts.getParts()) {
			if (input.key().equals(part.getPersistedState().get(LandscapeEditorPart.INPUT_KEY))) {
				parts.showPart(part, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(descriptorFor(input));
		part.getPersistedState().put(LandscapeEditorPart.INPUT_KEY, input.key());
		part.setLabel(label);
		MUIElement stack = models.find(EDITOR_STACK_ID, window);
		if (stack instanceof MPartStack editors) {
			editors.getChildren().add(part);
		}
		// Without the stack (a layout the user took apart) the part service finds a place itself.
		parts.showPart(part, PartState.ACTIVATE);
	}

	private String descriptorFor(EditorInput input) {
		Object object;
		try {
			object = session == null ? null : session.model().flatMap(input::resolve).orElse(null);
		} catch (RuntimeException unreadable) {
			// A damaged model: the landscape editor says what it can.
			object = null;
		}
		return object instanceof EObject eObject
				? EditorDescriptors.of(application.getDescriptors(), eObject.eClass().getName())
				: LandscapeEditorPart.DESCRIPTOR_ID;
	}

	@Override
	public void close(MPart editor) {
		parts.hidePart(editor, true);
	}
}
