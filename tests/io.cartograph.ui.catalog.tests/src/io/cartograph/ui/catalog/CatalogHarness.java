package io.cartograph.ui.catalog;

import java.nio.file.Path;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;
import io.cartograph.tests.support.RecordingEvents;

/** A window with the catalog made by e4 injection over a generated sample workspace. */
final class CatalogHarness implements AutoCloseable {

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final RecordingEvents events = new RecordingEvents();
	final Shell shell = driver.openShell(1400, 800);
	private final IEclipseContext context = EclipseContextFactory.create("catalog harness");
	InterfaceCatalogPart part;

	CatalogHarness(Path folder, int interfaces) {
		session.switchTo(Workspace.create(folder, "Sample"));
		SampleLandscape.fill(model(), interfaces, SampleLandscape.SEED);
		shell.setLayout(new FillLayout());
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(IEventBroker.class, events);
		context.set(Composite.class, shell);
		part = ContextInjectionFactory.make(InterfaceCatalogPart.class, context);
		shell.layout(true, true);
		shell.open();
		driver.flush();
		// The catalog reads the interfaces in the background.
		driver.waitUntil("the catalog's first read", () -> status().endsWith(" interfaces"));
	}

	LandscapeModel model() {
		return session.model().orElseThrow();
	}

	Table table() {
		return driver.find(shell, InterfaceCatalogPart.TABLE_ID, Table.class);
	}

	Text search() {
		return driver.find(shell, InterfaceCatalogPart.SEARCH_ID, Text.class);
	}

	Text filter(CatalogColumn column) {
		return driver.find(shell, FilterRow.ID_PREFIX + column.name(), Text.class);
	}

	String status() {
		return driver.find(shell, InterfaceCatalogPart.STATUS_ID, Label.class).getText();
	}

	/** Waits until the status line reads so (filters apply after a pause in typing). */
	void waitForStatus(String expected) {
		driver.waitUntil("status '" + expected + "' (now '" + status() + "')", () -> status().equals(expected));
	}

	@Override
	public void close() {
		context.dispose();
		driver.close();
		session.close();
	}
}
