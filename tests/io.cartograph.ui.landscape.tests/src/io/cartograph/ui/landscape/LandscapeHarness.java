package io.cartograph.ui.landscape;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.tests.support.RecordingEvents;
import io.cartograph.tests.support.swt.DisplaySynchronize;
import io.cartograph.tests.support.swt.SwtDriver;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;

/**
 * A window like the workbench's, for tests: the Landscape Explorer on the left, an editor area
 * of tabs on the right, parts made by e4 injection with a real workspace session, selection
 * service and editor area behind them, and an event broker that records what they post.
 */
final class LandscapeHarness implements AutoCloseable {

	final SwtDriver driver = new SwtDriver();
	final WorkspaceSession session = new WorkspaceSession();
	final Shell shell = driver.openShell(1280, 860);
	final RecordingSelection selection = new RecordingSelection();
	/** What the parts asked other bundles for (e.g. a dedicated view). */
	final RecordingEvents events = new RecordingEvents();
	final TabbedEditors editors;
	final Composite explorerArea;
	private final IEclipseContext context = EclipseContextFactory.create("landscape harness");
	private final List<IEclipseContext> partContexts = new ArrayList<>();
	private MPart explorerModel;
	private LandscapeExplorerPart explorer;
	private IEclipseContext explorerContext;

	LandscapeHarness() {
		shell.setLayout(new FillLayout());
		SashForm sash = new SashForm(shell, SWT.HORIZONTAL);
		explorerArea = new Composite(sash, SWT.NONE);
		explorerArea.setLayout(new FillLayout());
		CTabFolder folder = new CTabFolder(sash, SWT.BORDER);
		sash.setWeights(28, 72);
		context.set(WorkspaceSession.class, session);
		context.set(UISynchronize.class, new DisplaySynchronize(driver.display()));
		context.set(ESelectionService.class, selection);
		context.set(IEventBroker.class, events);
		editors = new TabbedEditors(context, folder);
		context.set(EditorArea.class, editors);
		shell.open();
	}

	/** Puts a secret store into the window's context (as the workbench will once it has one). */
	void useSecretStorage(io.cartograph.ui.landscape.editors.SecretStorage storage) {
		context.set(io.cartograph.ui.landscape.editors.SecretStorage.class, storage);
	}

	/** Puts a service into the window's context, as an addon of the workbench would. */
	<T> void provide(Class<T> type, T value) {
		context.set(type, value);
	}

	/** Makes a part in a window of its own beside this one (e.g. the Job Monitor); returns the window. */
	Shell openPartWindow(Class<?> partClass, int width, int height) {
		Shell window = driver.openShell(width, height);
		window.setLayout(new FillLayout());
		IEclipseContext partContext = context.createChild(partClass.getSimpleName());
		partContext.set(Composite.class, window);
		ContextInjectionFactory.make(partClass, partContext);
		partContexts.add(partContext);
		window.layout(true, true);
		window.open();
		driver.flush();
		return window;
	}

	/** Makes a part in the window's left pane, where the explorer would be (e.g. the Interface Catalog). */
	<T> T openInLeftPane(Class<T> partClass) {
		IEclipseContext partContext = context.createChild(partClass.getSimpleName());
		partContext.set(Composite.class, explorerArea);
		T part = ContextInjectionFactory.make(partClass, partContext);
		partContexts.add(partContext);
		explorerArea.layout(true, true);
		driver.flush();
		return part;
	}

	Workspace createWorkspace(Path folder, String name) {
		Workspace workspace = Workspace.create(folder, name);
		session.switchTo(workspace);
		return workspace;
	}

	LandscapeModel model() {
		return session.model().orElseThrow();
	}

	Edits edits() {
		return new Edits(model());
	}

	LandscapeExplorerPart openExplorer() {
		explorerContext = context.createChild("explorer");
		explorerModel = MBasicFactory.INSTANCE.createPart();
		explorerModel.setElementId("io.cartograph.ui.landscape.part.explorer");
		explorerContext.set(MPart.class, explorerModel);
		explorerContext.set(Composite.class, explorerArea);
		explorer = ContextInjectionFactory.make(LandscapeExplorerPart.class, explorerContext);
		partContexts.add(explorerContext);
		explorerArea.layout(true, true);
		driver.flush();
		return explorer;
	}

	MPart explorerModel() {
		return explorerModel;
	}

	/** File > Save on the explorer, the way the part service calls it. */
	void saveExplorer() {
		ContextInjectionFactory.invoke(explorer, Persist.class, explorerContext);
		driver.flush();
	}

	@Override
	public void close() {
		editors.closeAll();
		partContexts.forEach(IEclipseContext::dispose);
		context.dispose();
		driver.close();
		session.close();
	}
}
