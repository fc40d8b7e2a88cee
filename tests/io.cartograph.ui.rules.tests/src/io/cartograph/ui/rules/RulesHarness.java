package io.cartograph.ui.rules;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.tests.support.swt.ShellPicture;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;

/** A window holding one part made by e4 injection, with a real workspace session behind it. */
final class RulesHarness implements AutoCloseable {

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final Shell shell = driver.openShell(1400, 860);
	private final IEclipseContext context = EclipseContextFactory.create("rules harness");

	RulesHarness() {
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
	}

	/** Puts a service into the parts' context, as the workbench would. */
	<T> void provide(Class<T> type, T value) {
		context.set(type, value);
	}

	LandscapeModel createWorkspace(Path folder) {
		session.switchTo(Workspace.create(folder, "Rules"));
		return session.model().orElseThrow();
	}

	<T> T open(Class<T> partClass) {
		IEclipseContext partContext = context.createChild(partClass.getSimpleName());
		partContext.set(Composite.class, shell);
		T part = ContextInjectionFactory.make(partClass, partContext);
		shell.layout(true, true);
		shell.open();
		driver.flush();
		return part;
	}

	/** Saves what the window shows as a PNG (for the documentation's pictures). */
	void screenshot(Path file) throws Exception {
		ShellPicture.save(shell, file);
	}

	@Override
	public void close() {
		context.dispose();
		driver.close();
		session.close();
	}
}
