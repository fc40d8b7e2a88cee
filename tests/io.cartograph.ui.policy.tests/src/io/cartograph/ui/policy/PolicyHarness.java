package io.cartograph.ui.policy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.tests.support.swt.ShellPicture;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;
import io.cartograph.ui.landscape.EditorArea;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/**
 * A window holding one editor made by e4 injection the way the workbench makes it from its part
 * descriptor (a part model with the object's key in its persisted state), with a real workspace
 * session behind it.
 */
public final class PolicyHarness implements AutoCloseable {

	public final SwtDriver driver = new SwtDriver();
	public final WorkspaceSession session = new WorkspaceSession();
	public final Shell shell = driver.openShell(1200, 760);
	/** Editors the part asked to close. */
	public final List<MPart> closed = new ArrayList<>();
	public final MPart part = MBasicFactory.INSTANCE.createPart();
	private final IEclipseContext context = EclipseContextFactory.create("policy harness");

	public PolicyHarness() {
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(EditorArea.class, new EditorArea() {
			@Override
			public void open(EditorInput input, String label) {
			}

			@Override
			public void close(MPart editor) {
				closed.add(editor);
			}
		});
	}

	public LandscapeModel createWorkspace(Path folder) {
		session.switchTo(Workspace.create(folder, "Policies"));
		return session.model().orElseThrow();
	}

	public <T> T open(Class<T> partClass, EObject object) {
		part.getPersistedState().put(LandscapeEditorPart.INPUT_KEY, EditorInput.of(object).key());
		IEclipseContext partContext = context.createChild(partClass.getSimpleName());
		partContext.set(MPart.class, part);
		partContext.set(Composite.class, shell);
		T editor = ContextInjectionFactory.make(partClass, partContext);
		shell.layout(true, true);
		shell.open();
		shell.forceActive();
		driver.flush();
		return editor;
	}

	/**
	 * Saves what the window shows on screen as a PNG (for the documentation's pictures): the
	 * pixels of the screen (the root window, like {@code import -window root}) where the window's
	 * contents are, after every pending paint. Copying from a GC on the shell gave pictures
	 * without the squiggles and ruler marks (although the style ranges and the annotation model
	 * had them) and cut at GTK's estimated client area, which leaves out the right and bottom
	 * edges under Xvfb (no window manager, no frame).
	 */
	public void screenshot(Path file) throws Exception {
		shell.setLocation(0, 0);
		ShellPicture.save(shell, file);
	}

	@Override
	public void close() {
		context.dispose();
		driver.close();
		session.close();
	}
}
