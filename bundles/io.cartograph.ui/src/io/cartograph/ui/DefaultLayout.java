package io.cartograph.ui;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspectiveStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * The window's default arrangement: the landscape perspective, kept in the application model as
 * a snippet (with the parts that UI bundles contribute into it). The perspective stack gets a
 * fresh copy at first start and on Window > Reset Layout, so a reset really is the first layout.
 */
public final class DefaultLayout {

	public static final String PERSPECTIVE_STACK_ID = "io.cartograph.app.perspectivestack";
	public static final String PERSPECTIVE_ID = "io.cartograph.app.perspective.landscape";

	private DefaultLayout() {
	}

	/** Adds the default perspective when the window has none yet (first start or cleared state). */
	public static void ensure(MApplication application, MWindow window, EModelService models) {
		MPerspectiveStack stack = perspectiveStack(window, models);
		if (stack != null && stack.getChildren().isEmpty()) {
			MPerspective perspective = copyOfSnippet(application, window, models);
			stack.getChildren().add(perspective);
			stack.setSelectedElement(perspective);
		}
	}

	/** Replaces the current arrangement by a fresh copy of the default one. */
	public static void reset(MApplication application, MWindow window, EModelService models, EPartService parts) {
		MPerspectiveStack stack = perspectiveStack(window, models);
		if (stack == null) {
			return;
		}
		MPerspective fresh = copyOfSnippet(application, window, models);
		List<MPerspective> old = List.copyOf(stack.getChildren());
		stack.getChildren().add(fresh);
		parts.switchPerspective(fresh);
		for (MPerspective perspective : old) {
			models.removePerspectiveModel(perspective, window);
		}
	}

	private static MPerspective copyOfSnippet(MApplication application, MWindow window, EModelService models) {
		MUIElement copy = models.cloneSnippet(application, PERSPECTIVE_ID, window);
		if (!(copy instanceof MPerspective perspective)) {
			throw new IllegalStateException("The application model has no perspective snippet " + PERSPECTIVE_ID);
		}
		return perspective;
	}

	private static MPerspectiveStack perspectiveStack(MWindow window, EModelService models) {
		List<MPerspectiveStack> stacks = models.findElements(window, PERSPECTIVE_STACK_ID, MPerspectiveStack.class);
		return stacks.isEmpty() ? null : stacks.get(0);
	}
}
