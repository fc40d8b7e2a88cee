package io.cartograph.ui.map;

import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.RecordingEvents;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;

/**
 * A window with the System Map made by e4 injection, as the workbench makes it, with a real
 * workspace session, a fixed clock and an event broker that records what is posted.
 */
final class MapHarness implements AutoCloseable {

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final Shell shell = driver.openShell(1200, 800);
	final RecordingEvents events = new RecordingEvents();
	final IEclipseContext context = EclipseContextFactory.create("map harness");
	private IEclipseContext partContext;

	MapHarness(Clock clock) {
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(Clock.class, clock);
		context.set(IEventBroker.class, events);
		shell.open();
	}

	Workspace createWorkspace(Path folder, String name) {
		Workspace workspace = Workspace.create(folder, name);
		session.switchTo(workspace);
		return workspace;
	}

	SystemMapPart open() {
		partContext = context.createChild("map");
		Composite area = new Composite(shell, 0);
		partContext.set(Composite.class, area);
		SystemMapPart part = ContextInjectionFactory.make(SystemMapPart.class, partContext);
		shell.layout(true, true);
		driver.flush();
		return part;
	}

	/** As the workbench does when another part becomes active. */
	void activate(Object part) {
		context.set(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_PART, part);
		driver.flush();
	}

	@Override
	public void close() {
		if (partContext != null) {
			partContext.dispose();
		}
		context.dispose();
		driver.close();
		session.close();
	}
}
