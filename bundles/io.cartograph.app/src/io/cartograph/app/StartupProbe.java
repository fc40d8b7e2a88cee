package io.cartograph.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.IPresentationEngine;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import io.cartograph.ui.LandscapeTopics;
import jakarta.inject.Inject;

/**
 * Notices when the main window has painted for the first time: logs the start-up time, brings
 * forward the views the command line named, and, when it asked for a screenshot, saves the picture and a report of what the window
 * shows, then closes the workbench.
 */
public class StartupProbe {

	/** Lets CSS and late layout settle after the first paint before the picture is taken. */
	private static final int SETTLE_MILLIS = 700;
	/** Views asked for with --show compute in jobs (KPIs over the store): they get longer. */
	private static final int VIEWS_SETTLE_MILLIS = 4_000;

	@Inject
	private MApplication application;

	@Inject
	private LaunchOptions options;

	@Inject
	private IEventBroker events;

	@Inject
	@Optional
	public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		Display display = Display.getCurrent();
		if (display == null || application.getChildren().isEmpty()
				|| !(application.getChildren().get(0).getWidget() instanceof Shell shell)) {
			return;
		}
		display.asyncExec(() -> painted(display, shell));
	}

	private void painted(Display display, Shell shell) {
		shell.update(); // processes every outstanding paint of the window
		StartupTimes times = StartupTimes.now(ManagementFactory.getRuntimeMXBean().getStartTime(),
				System.getProperty("cartograph.launch.nanos"));
		System.out.println("cartograph: " + times.describe());
		// The bundles that own the views answer, as when the Landscape Explorer asks.
		options.shownViews().forEach(view -> events.post(LandscapeTopics.OPEN_VIEW, view));
		if (options.maximizeShown() && !options.shownViews().isEmpty()) {
			// After the views' bundles have answered the (asynchronous) requests.
			display.timerExec(SETTLE_MILLIS, this::maximizeActivePart);
		}
		int settle = options.shownViews().isEmpty() ? SETTLE_MILLIS : VIEWS_SETTLE_MILLIS;
		options.screenshot().ifPresent(file -> display.timerExec(settle, () -> capture(shell, file, times)));
	}

	/** Fills the window with the active part's stack, as double-clicking its tab does. */
	private void maximizeActivePart() {
		MWindow window = application.getSelectedElement();
		EPartService parts = window == null || window.getContext() == null ? null : window.getContext().get(EPartService.class);
		MPart active = parts == null ? null : parts.getActivePart();
		Object parent = active == null ? null : active.getParent();
		if (parent instanceof MPartStack stack && !stack.getTags().contains(IPresentationEngine.MAXIMIZED)) {
			stack.getTags().add(IPresentationEngine.MAXIMIZED);
		}
	}

	private void capture(Shell shell, Path file, StartupTimes times) {
		try {
			while (shell.getDisplay().readAndDispatch()) {
				// drain pending events so that the picture shows the settled window
			}
			WindowPicture.save(shell, file);
			System.out.println("cartograph: screenshot saved to " + file);
			if (options.report().isPresent()) {
				WindowReport.of(shell, times).write(options.report().get());
				System.out.println("cartograph: window report saved to " + options.report().get());
			}
			// The workbench is not yet in the context when add-ons are made: look it up now.
			application.getContext().get(IWorkbench.class).close();
		} catch (IOException | RuntimeException e) {
			System.err.println("cartograph: could not save the screenshot: " + e.getMessage());
			// No clean way to hand a failure exit code through the e4 application: end here.
			System.exit(1);
		}
	}
}
