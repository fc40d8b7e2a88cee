package io.cartograph.ui;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;

/**
 * Opens one part the way the workbench does (e4 injection into a fresh context, a real shell)
 * with a real workspace session behind it.
 */
final class PartHarness implements AutoCloseable {

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final Shell shell = driver.openShell(900, 600);
	private final IEclipseContext context = EclipseContextFactory.create("part harness");

	PartHarness() {
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(Composite.class, shell);
	}

	Workspace openWorkspace(Path folder, String name) {
		Workspace workspace = Workspace.create(folder, name);
		session.switchTo(workspace);
		return workspace;
	}

	/** Puts a service into the part's context, as an addon of the workbench would. */
	<T> void provide(Class<T> type, T value) {
		context.set(type, value);
	}

	<T> T open(Class<T> partClass) {
		T part = ContextInjectionFactory.make(partClass, context);
		shell.layout(true, true);
		shell.open();
		driver.flush();
		return part;
	}

	@Override
	public void close() {
		context.dispose();
		driver.close();
		session.close();
	}
}
