package io.cartograph.ui.landscape;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.landscape.editors.SecretStorage;
import io.cartograph.ui.landscape.editors.SecretStoreStorage;
import io.cartograph.ui.secrets.SecretAccess;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Makes {@link EditorArea} available to every part: each asker gets an editor area made in its
 * own context, so that it works with the part service of its own window.
 */
public class EditorAreaAddon {

	@Inject
	private MApplication application;

	@PostConstruct
	public void register(IEclipseContext application) {
		application.set(EditorArea.class.getName(), new ContextFunction() {
			@Override
			public Object compute(IEclipseContext context, String contextKey) {
				return ContextInjectionFactory.make(PartStackEditorArea.class, context);
			}
		});
		SecretAccess secrets = application.get(SecretAccess.class);
		if (secrets != null) {
			application.set(SecretStorage.class, new SecretStoreStorage(secrets));
		}
	}

	/** Views that cannot see this bundle (the Problems view) ask for an object to be opened by event. */
	@Inject
	@Optional
	public void openRequested(@UIEventTopic(LandscapeTopics.OPEN) EObject object) {
		// An editor area works with a window's part service: use the window the user is in.
		MWindow window = application.getSelectedElement();
		if (window != null && window.getContext() != null) {
			window.getContext().get(EditorArea.class).open(EditorInput.of(object), ObjectLabels.text(object));
		}
	}
}
