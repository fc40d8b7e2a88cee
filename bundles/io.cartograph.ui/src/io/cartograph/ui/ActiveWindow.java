package io.cartograph.ui;

import java.util.Optional;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;

/**
 * The application's selected window, for add-ons that show parts: the application's own part
 * service has no window to show them in, the window's has (as menu handlers get it).
 */
public final class ActiveWindow {

	private ActiveWindow() {
	}

	/** The selected window once it has its context; empty before the workbench is up. */
	public static Optional<MWindow> of(MApplication application) {
		MWindow window = application.getSelectedElement();
		return window == null || window.getContext() == null ? Optional.empty() : Optional.of(window);
	}
}
