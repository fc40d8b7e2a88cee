package io.cartograph.sync;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.cartograph.core.model.CommandLabels;
import io.cartograph.core.model.LandscapeModel;

/**
 * Makes one change set per command done on a landscape model's command stack, with the
 * command's label as summary, and hands it on (normally to the pending queue).
 * <p>
 * Undo and redo are recorded like any command: undoing produces the change set that takes the
 * command back ("Undo ..."), and redo the one that does it again. A pending change set is not
 * cancelled by its undo; both are pushed. That keeps the queue a plain log (nothing ever has to be
 * taken out of the middle of it, where a push may be under way) at the cost of two small change
 * sets that other clients apply in turn.
 * <p>
 * Changes made outside commands (between two commands) end up in the next command's change set;
 * the model API offers no way to tell them apart. Changes applied from the server are not
 * recorded: they run through {@link #withoutRecording}.
 */
public final class ChangeSetRecorder implements AutoCloseable {

	private final BasicCommandStack stack;
	private final ResourceSet resources;
	private final ForwardRecorder recorder;
	private final SyncedFeatures synced;
	private final LongSupplier baseRevision;
	private final Consumer<ChangeSet> sink;
	private final Map<Command, Boolean> seen = Collections.synchronizedMap(new WeakHashMap<>());
	private final CommandStackListener listener = event -> commandDone();
	private boolean paused;

	private ChangeSetRecorder(LandscapeModel model, SyncedFeatures synced, LongSupplier baseRevision,
			Consumer<ChangeSet> sink) {
		this.stack = model.commandStack();
		this.resources = model.editingDomain().getResourceSet();
		this.synced = synced;
		this.baseRevision = baseRevision;
		this.sink = sink;
		this.recorder = new ForwardRecorder(resources);
		stack.addCommandStackListener(listener);
	}

	/**
	 * Starts recording the commands done on the model from now on.
	 *
	 * @param baseRevision the server revision this client has pulled, asked for each change set
	 * @param sink         told about each change set; not told about commands that changed
	 *                     nothing that syncs
	 */
	public static ChangeSetRecorder attach(LandscapeModel model, SyncedFeatures synced, LongSupplier baseRevision,
			Consumer<ChangeSet> sink) {
		return new ChangeSetRecorder(model, synced, baseRevision, sink);
	}

	/** Runs work whose model changes must not become change sets (changes from the server). */
	public synchronized <T> T withoutRecording(Supplier<T> work) {
		recorder.takeNotifications();
		paused = true;
		try {
			return work.get();
		} finally {
			paused = false;
			recorder.takeNotifications();
		}
	}

	ForwardRecorder recorder() {
		return recorder;
	}

	private synchronized void commandDone() {
		if (paused) {
			return;
		}
		Command command = stack.getMostRecentCommand();
		List<org.eclipse.emf.common.notify.Notification> notifications = recorder.takeNotifications();
		if (command == null || notifications.isEmpty()) {
			return;
		}
		String label = CommandLabels.describe(command);
		String summary;
		if (command == stack.getRedoCommand()) {
			summary = "Undo " + label;
		} else if (seen.containsKey(command)) {
			summary = "Redo " + label;
		} else {
			seen.put(command, Boolean.TRUE);
			summary = label;
		}
		List<Change> changes = ChangeCollector.collect(notifications, synced, resources);
		if (!changes.isEmpty()) {
			sink.accept(ChangeSet.of(baseRevision.getAsLong(), summary, changes));
		}
	}

	/** Stops recording. */
	@Override
	public synchronized void close() {
		stack.removeCommandStackListener(listener);
		recorder.dispose();
	}
}
