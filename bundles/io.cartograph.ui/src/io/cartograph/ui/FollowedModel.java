package io.cartograph.ui;

import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.CommandStackListener;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;

/**
 * The landscape model of whichever workspace is open, for a view that shows it: the view hears
 * of every command, undo or redo on that model, and of each switch to another workspace (or to
 * none), and never keeps listening to a model that was closed.
 */
public final class FollowedModel {

	private final WorkspaceSession session;
	private final UISynchronize ui;
	private final CommandStackListener onCommand;
	private final Runnable onSwitch;
	private final Consumer<Workspace> switched;
	private LandscapeModel current;
	private boolean stopped;

	/**
	 * @param onCommand told on the thread that ran the command
	 * @param onSwitch  told on the UI thread once the new model (or none) is followed
	 */
	public FollowedModel(WorkspaceSession session, UISynchronize ui, CommandStackListener onCommand, Runnable onSwitch) {
		this.session = session;
		this.ui = ui;
		this.onCommand = onCommand;
		this.onSwitch = onSwitch;
		this.switched = workspace -> ui.asyncExec(this::follow);
	}

	/** Follows the open workspace's model now and after every switch; tells {@code onSwitch} once at once. */
	public void start() {
		session.addListener(switched);
		follow();
	}

	/** The model followed now; null when no workspace is open. */
	public LandscapeModel current() {
		return current;
	}

	public void stop() {
		stopped = true;
		session.removeListener(switched);
		if (current != null) {
			current.commandStack().removeCommandStackListener(onCommand);
			current = null;
		}
	}

	private void follow() {
		if (stopped) {
			return;
		}
		if (current != null) {
			current.commandStack().removeCommandStackListener(onCommand);
		}
		current = session.model().orElse(null);
		if (current != null) {
			current.commandStack().addCommandStackListener(onCommand);
		}
		onSwitch.run();
	}
}
