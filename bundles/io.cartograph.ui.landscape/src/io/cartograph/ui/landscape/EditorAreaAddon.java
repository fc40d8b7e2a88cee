package io.cartograph.ui.landscape;

import org.eclipse.e4.core.contexts.ContextFunction;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;

import jakarta.annotation.PostConstruct;

/**
 * Makes {@link EditorArea} available to every part: each asker gets an editor area made in its
 * own context, so that it works with the part service of its own window.
 */
public class EditorAreaAddon {

	@PostConstruct
	public void register(IEclipseContext application) {
		application.set(EditorArea.class.getName(), new ContextFunction() {
			@Override
			public Object compute(IEclipseContext context, String contextKey) {
				return ContextInjectionFactory.make(PartStackEditorArea.class, context);
			}
		});
	}
}
