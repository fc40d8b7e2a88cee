package io.cartograph.ui.dashboard;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

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
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;

/**
 * A window with the dashboard made by e4 injection, as the workbench makes it, with a real
 * workspace session, a fixed clock and an event broker that records what is posted.
 */
final class DashboardHarness implements AutoCloseable {

	/** A topic and its data, as posted or sent. */
	record Posted(String topic, Object data) {
	}

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final Shell shell = driver.openShell(1300, 860);
	final List<Posted> posted = new CopyOnWriteArrayList<>();
	private final IEclipseContext context = EclipseContextFactory.create("dashboard harness");
	private IEclipseContext partContext;

	DashboardHarness(Clock clock) {
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(Clock.class, clock);
		context.set(IEventBroker.class, recordingBroker());
		shell.open();
	}

	private IEventBroker recordingBroker() {
		return (IEventBroker) Proxy.newProxyInstance(IEventBroker.class.getClassLoader(), new Class<?>[] { IEventBroker.class },
				(proxy, method, args) -> {
					if ((method.getName().equals("post") || method.getName().equals("send")) && args.length == 2) {
						posted.add(new Posted((String) args[0], args[1]));
						return true;
					}
					return switch (method.getName()) {
					case "hashCode" -> System.identityHashCode(proxy);
					case "equals" -> proxy == args[0];
					case "toString" -> "recording broker";
					default -> method.getReturnType() == boolean.class ? Boolean.TRUE : null;
					};
				});
	}

	/** Puts a service into the window's context, as an addon of the workbench would. */
	<T> void provide(Class<T> type, T value) {
		context.set(type, value);
	}

	Workspace createWorkspace(Path folder, String name) {
		Workspace workspace = Workspace.create(folder, name);
		session.switchTo(workspace);
		return workspace;
	}

	DashboardPart open() {
		partContext = context.createChild("dashboard");
		Composite area = new Composite(shell, 0);
		partContext.set(Composite.class, area);
		DashboardPart part = ContextInjectionFactory.make(DashboardPart.class, partContext);
		shell.layout(true, true);
		driver.flush();
		return part;
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
