package io.cartograph.app;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.e4.ui.workbench.lifecycle.PreSave;
import org.eclipse.e4.ui.workbench.lifecycle.ProcessAdditions;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.jface.dialogs.MessageDialog;

import io.cartograph.core.workspace.SampleWorkspace;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.DefaultLayout;
import io.cartograph.ui.handlers.DamagedModelDialog;
import io.cartograph.ui.secrets.SecretAccess;

/**
 * Start and end of the workbench: opens the workspace the user asked for (or the sample one),
 * makes it available to every part and handler, lays out a first-time window, and closes the
 * workspace on the way out.
 */
public class LifeCycle {

	private WorkspaceSession session;
	private final SecretAccess secrets = new SecretAccess();

	@PostContextCreate
	public void openWorkspace(IEclipseContext context) {
		LaunchOptions options = LaunchOptions.parse(Platform.getApplicationArgs());
		context.set(LaunchOptions.class, options);
		session = new WorkspaceSession();
		session.switchTo(open(options));
		context.set(WorkspaceSession.class, session);
		context.set(SecretAccess.class, secrets);
	}

	@ProcessAdditions
	public void layOutWindow(MApplication application, EModelService models) {
		for (MWindow window : application.getChildren()) {
			DefaultLayout.ensure(application, window, models);
		}
	}

	@PreSave
	public void closeWorkspace() {
		if (session != null) {
			session.close();
		}
		secrets.close();
	}

	private static Workspace open(LaunchOptions options) {
		Path requested = options.workspace().orElse(null);
		if (requested != null) {
			try {
				Workspace workspace = Workspace.open(requested);
				if (options.takesScreenshot()) {
					workspace.model(); // a damaged model fails the screenshot below, with its reason
				} else if (!DamagedModelDialog.loadModel(null, workspace)) {
					workspace.close();
					throw new WorkspaceException("The model of " + requested + " could not be loaded.");
				}
				return workspace;
			} catch (WorkspaceException problem) {
				if (options.takesScreenshot()) {
					// Nobody is there to read a dialog: fail the way a command-line tool does.
					System.err.println("cartograph: " + problem.getMessage());
					System.exit(1);
				}
				MessageDialog.openError(null, "Cartograph", problem.getMessage()
						+ "\n\nCartograph opens the sample workspace instead.");
			}
		}
		return SampleWorkspace.openOrCreate(SampleWorkspace.defaultLocation());
	}
}
