package io.cartograph.core.workspace;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.BasicCommandStack;

import io.cartograph.core.model.LandscapeModel;

/**
 * The workspace the running application works on, if any, and the undo history of the edits
 * made to it. The UI puts one session into its context and binds Undo, Redo and Save to
 * {@link #commandStack()}.
 * <p>
 * Each workspace gets a fresh command stack: undoing must never reach into a workspace that is
 * no longer open. Code that holds on to the stack should fetch it again when a listener reports
 * a switch. Listeners are called on the thread that switched.
 */
public final class WorkspaceSession implements AutoCloseable {

	private final List<Consumer<Workspace>> listeners = new CopyOnWriteArrayList<>();
	private Workspace current;
	private BasicCommandStack commandStack = new BasicCommandStack();

	/** The open workspace, or empty when none is open. */
	public synchronized Optional<Workspace> current() {
		return Optional.ofNullable(current);
	}

	/**
	 * Makes {@code next} the current workspace (null: none), closes the previous one and starts
	 * a fresh command stack, then tells the listeners. Switching to the workspace that is
	 * already current does nothing. Unsaved changes are the caller's business: ask the user
	 * before switching when {@link #isDirty()}.
	 *
	 * @throws WorkspaceException when the previous workspace could not be closed cleanly; the
	 *                            switch has happened all the same
	 */
	public void switchTo(Workspace next) {
		Workspace previous;
		BasicCommandStack previousStack;
		synchronized (this) {
			if (next == current) {
				return;
			}
			previous = current;
			previousStack = commandStack;
			current = next;
			commandStack = new BasicCommandStack();
		}
		// Drops the old commands, which may refer to the previous workspace's objects.
		previousStack.flush();
		WorkspaceException closeFailure = null;
		if (previous != null) {
			try {
				previous.close();
			} catch (WorkspaceException e) {
				closeFailure = e;
			}
		}
		for (Consumer<Workspace> listener : listeners) {
			listener.accept(next);
		}
		if (closeFailure != null) {
			throw closeFailure;
		}
	}

	/** Closes the current workspace, leaving none open. */
	@Override
	public void close() {
		switchTo(null);
	}

	/**
	 * Adds a listener told about every switch with the new workspace, or null when none is open
	 * any more.
	 */
	public void addListener(Consumer<Workspace> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<Workspace> listener) {
		listeners.remove(listener);
	}

	/**
	 * The undo history of the current workspace: its landscape model's command stack (loading
	 * the model if needed), or an empty stack when no workspace is open.
	 */
	public synchronized BasicCommandStack commandStack() {
		return current == null ? commandStack : current.model().commandStack();
	}

	/** The current workspace's landscape model, loaded on first use. */
	public synchronized Optional<LandscapeModel> model() {
		return current == null ? Optional.empty() : Optional.of(current.model());
	}

	/** Whether the current workspace has edits that are not saved. */
	public synchronized boolean isDirty() {
		return current != null && current.isModelLoaded() && current.model().isDirty();
	}
}
