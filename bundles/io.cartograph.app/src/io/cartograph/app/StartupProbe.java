package io.cartograph.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Notices when the main window has painted for the first time: logs the start-up time, and, when
 * the command line asked for a screenshot, saves the picture and a report of what the window
 * shows, then closes the workbench.
 */
public class StartupProbe {

	/** Lets CSS and late layout settle after the first paint before the picture is taken. */
	private static final int SETTLE_MILLIS = 700;

	@Inject
	private MApplication application;

	@Inject
	private LaunchOptions options;

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
		options.screenshot().ifPresent(file -> display.timerExec(SETTLE_MILLIS, () -> capture(shell, file, times)));
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
