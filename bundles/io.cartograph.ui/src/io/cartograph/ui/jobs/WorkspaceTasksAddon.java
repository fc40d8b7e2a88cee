package io.cartograph.ui.jobs;

import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.secrets.SecretAccess;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Keeps a {@link WorkspaceTasks} for the open workspace in the application context: a new one
 * when another workspace opens, none while none is open. Parts take it by method injection and
 * are told when it changes.
 */
public class WorkspaceTasksAddon {

	private IEclipseContext context;
	private WorkspaceSession session;
	private SecretAccess secrets;
	private UISynchronize ui;
	/** The previous store is closed already when this is told; the context must follow at once. */
	private final Consumer<Workspace> onSwitch = workspace -> ui.syncExec(() -> follow(workspace));

	@PostConstruct
	public void start(IEclipseContext application, WorkspaceSession workspaces, SecretAccess secretAccess,
			UISynchronize synchronize) {
		context = application;
		session = workspaces;
		secrets = secretAccess;
		ui = synchronize;
		session.addListener(onSwitch);
		follow(session.current().orElse(null));
	}

	private void follow(Workspace workspace) {
		WorkspaceTasks previous = context.get(WorkspaceTasks.class);
		if (previous != null && previous.workspace() == workspace) {
			return;
		}
		if (previous != null) {
			previous.close();
		}
		context.set(WorkspaceTasks.class, workspace == null ? null : new WorkspaceTasks(workspace, secrets, ui));
	}

	@PreDestroy
	public void stop() {
		session.removeListener(onSwitch);
		WorkspaceTasks tasks = context.get(WorkspaceTasks.class);
		if (tasks != null) {
			tasks.close();
		}
		context.remove(WorkspaceTasks.class);
	}
}
