package io.cartograph.sync;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;


import io.cartograph.core.inventory.ModelAccess;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.store.LocalStore;

/**
 * Keeps one workspace in sync with one workspace on a team server: records every command as a
 * change set, which joins the pending queue when the model is saved (push and pull save first), pushes
 * the queue, pulls and merges what others pushed. Edits that were never saved are never pushed.
 * <p>
 * Pushes are idempotent: a change set keeps its id however often it is sent, so after a network
 * failure it is simply sent again, and "duplicate" from the server counts as done. A push the
 * server refuses as behind leads to a pull and merge, then the push is tried again. Changes from
 * the server are applied outside the user's undo history, and the model is saved right after, so
 * that the files, the pending queue and the pulled revision agree on disk.
 * <p>
 * Use it from one thread (a job); the model is read and changed only through
 * {@link #changeModelThrough(ModelAccess)}.
 */
public final class SyncClient implements AutoCloseable {

	/** How a push ended. */
	public enum PushResult {
		/** Everything pending is on the server. */
		DONE,
		/** Others pushed first; pull (and merge), then push again. */
		BEHIND,
		/** The server could not be reached; the change sets stay pending. */
		OFFLINE
	}

	/** How a pull ended. */
	public enum PullResult {
		/** Their changes are applied (or there were none). */
		APPLIED,
		/** Conflicts wait for the user: see {@link SyncClient#openMerge()}; nothing was applied. */
		CONFLICTS,
		OFFLINE
	}

	private static final int ATTEMPTS = 3;

	private final TeamServer team;
	private final boolean ownsTeam;
	private final ServerConnection server;
	private final ServerChangeLog log;
	private ModelAccess access = Runnable::run;
	private final String workspaceId;
	private final LandscapeModel model;
	private final PendingChangeSets queue;
	private final SyncedFeatures synced;
	private final ChangeSetRecorder recorder;
	private final SyncStatusValue status;
	private Merge openMerge;
	private long openMergeHead;
	/**
	 * Change sets of commands not saved yet. They join the pending queue (in the store) when the
	 * model is saved, so that the queue always describes the files: edits discarded by closing
	 * without saving, or lost in a crash, are never pushed.
	 */
	private final List<ChangeSet> unsaved = Collections.synchronizedList(new ArrayList<>());
	private final Runnable onSave = this::queueSaved;

	private SyncClient(TeamServer team, boolean ownsTeam, String workspaceId, LandscapeModel model, LocalStore store,
			SyncedFeatures synced) {
		this.team = team;
		this.ownsTeam = ownsTeam;
		this.server = team.connection();
		this.log = new ServerChangeLog(server, workspaceId);
		this.workspaceId = workspaceId;
		this.model = model;
		this.queue = PendingChangeSets.in(store);
		this.synced = synced;
		this.status = new SyncStatusValue(SyncStatus.initial(queue.pendingCount(), pulled()));
		this.recorder = ChangeSetRecorder.attach(model, synced, this::pulled, changeSet -> {
			unsaved.add(changeSet);
			refresh(status.get().online(), null);
		});
		model.addSaveListener(onSave);
	}

	/**
	 * Starts syncing a workspace's model (recording its commands from now on) with a server's
	 * workspace. Pending change sets of earlier sessions are in {@code store} and go with the next push.
	 */
	public static SyncClient start(URI server, String workspaceId, LandscapeModel model, LocalStore store,
			SyncedFeatures synced) {
		return new SyncClient(TeamServer.at(server), true, workspaceId, model, store, synced);
	}

	/** As {@link #start(URI, String, LandscapeModel, LocalStore, SyncedFeatures)}, on a server already signed in to. */
	public static SyncClient start(TeamServer server, String workspaceId, LandscapeModel model, LocalStore store,
			SyncedFeatures synced) {
		return new SyncClient(server, false, workspaceId, model, store, synced);
	}

	/** Asks the server for a token; the password is not kept. */
	public void login(String user, char[] password) {
		try {
			team.login(user, password);
		} catch (SyncException e) {
			refresh(!(e.getCause() instanceof IOException), e.getMessage());
			throw e;
		}
		refresh(true, null);
	}

	/** Uses a token obtained elsewhere (an external identity provider). */
	public void useToken(String token) {
		team.useToken(token);
	}

	/**
	 * Pushes (when others were first: pulls, merges and pushes again), then pulls what others
	 * pushed meanwhile. BEHIND when conflicts wait for the user.
	 */
	public PushResult sync() {
		for (int round = 0; round < ATTEMPTS; round++) {
			PushResult pushed;
			try {
				pushed = push();
			} catch (SyncException refused) {
				// A refused change set (e.g. a reader's edit) must not keep the others' work away.
				pull();
				throw refused;
			}
			if (pushed == PushResult.DONE) {
				PullResult pulled = pull();
				return pulled == PullResult.OFFLINE ? PushResult.OFFLINE
						: pulled == PullResult.CONFLICTS ? PushResult.BEHIND : PushResult.DONE;
			}
			if (pushed == PushResult.OFFLINE) {
				return pushed;
			}
			PullResult pulled = pull();
			if (pulled != PullResult.APPLIED) {
				return pulled == PullResult.OFFLINE ? PushResult.OFFLINE : PushResult.BEHIND;
			}
		}
		return PushResult.BEHIND;
	}

	/** Pushes the pending change sets in order; stops at the first the server refuses as behind. */
	public PushResult push() {
		inModel(this::saveFirst);
		for (ChangeSet pending : queue.pending()) {
			ChangeSet changeSet = pending.withBaseRevision(pulled());
			ServerConnection.Reply reply = null;
			for (int attempt = 1; reply == null; attempt++) {
				try {
					reply = log.push(changeSet);
				} catch (IOException e) {
					// The server may have committed before the connection broke: the same id again is safe.
					if (attempt == ATTEMPTS) {
						refresh(false, "The team server " + server.server() + " cannot be reached: " + e.getMessage());
						return PushResult.OFFLINE;
					}
				}
			}
			if (reply.status() == 409) {
				refresh(true, null);
				return PushResult.BEHIND;
			}
			if (reply.status() != 201 && reply.status() != 200) {
				SyncException refused = SignInNeeded.refusal("\"" + changeSet.summary() + "\"", reply);
				refresh(true, refused.getMessage());
				throw refused;
			}
			long revision = reply.body().path("revision").asLong();
			queue.markPushed(changeSet.id(), revision);
			if (revision == pulled() + 1) {
				// Nothing came between: the server's head is what this workspace has.
				queue.setLastPulled(server.server().toString(), workspaceId, revision);
			}
		}
		refresh(true, null);
		return PushResult.DONE;
	}

	/**
	 * Fetches the change sets after the last pull (page by page) and applies them, merging with
	 * what is pending here. On conflicts nothing is applied: resolve them on {@link #openMerge()},
	 * then call {@link #finishMerge()}.
	 */
	public PullResult pull() {
		if (openMerge != null) {
			return PullResult.CONFLICTS;
		}
		inModel(this::saveFirst);
		List<ChangeSet> theirs = new ArrayList<>();
		long head;
		try {
			head = log.fetch(pulled(), theirs);
		} catch (IOException e) {
			refresh(false, "The team server " + server.server() + " cannot be reached: " + e.getMessage());
			return PullResult.OFFLINE;
		} catch (SyncException e) {
			refresh(true, e.getMessage());
			throw e;
		}
		Set<String> mine = queue.pushedIds();
		theirs.removeIf(changeSet -> mine.contains(changeSet.id()));
		PullResult[] result = new PullResult[1];
		inModel(() -> {
			// Read here, where no command can run in between: a command done now would be missing.
			List<ChangeSet> pending = queue.pending();
			if (pending.isEmpty()) {
				apply(theirs.stream().flatMap(set -> set.changes().stream()).toList(), ChangeApplier.LocalElements.NONE);
				finishPull(head);
				result[0] = PullResult.APPLIED;
				return;
			}
			Merge merge = Merge.of(model, pending, theirs);
			if (merge.isResolved()) {
				complete(merge, head);
				result[0] = PullResult.APPLIED;
			} else {
				openMerge = merge;
				openMergeHead = head;
				refresh(true, null);
				result[0] = PullResult.CONFLICTS;
			}
		});
		return result[0];
	}

	/**
	 * Where this client may read and change the model: in the workbench, its UI thread (the
	 * network work stays on the caller's thread). By default, the calling thread.
	 */
	public void changeModelThrough(ModelAccess modelAccess) {
		access = modelAccess;
	}

	private void inModel(Runnable work) {
		RuntimeException[] failure = new RuntimeException[1];
		access.run(() -> {
			try {
				work.run();
			} catch (RuntimeException e) {
				failure[0] = e;
			}
		});
		if (failure[0] != null) {
			// Shown in the status bar as well: an apply that fails keeps failing until someone looks.
			refresh(true, failure[0].getMessage());
			throw failure[0];
		}
	}

	/** The merge waiting for conflicts to be resolved, if any. */
	public Optional<Merge> openMerge() {
		return Optional.ofNullable(openMerge);
	}

	/**
	 * Applies the open merge once its conflicts are resolved.
	 *
	 * @throws IllegalStateException when there is no open merge or a conflict is still open
	 */
	public void finishMerge() {
		if (openMerge == null) {
			throw new IllegalStateException("There is no merge waiting");
		}
		Merge merge = openMerge;
		inModel(() -> complete(merge, openMergeHead));
		openMerge = null;
		refresh(true, null);
	}

	private void complete(Merge merge, long head) {
		MergeOutcome outcome = merge.outcome(head);
		apply(outcome.toApply(), outcome.localElements());
		queue.replacePending(outcome.rebased(synced));
		finishPull(head);
	}

	private void finishPull(long head) {
		save();
		queue.setLastPulled(server.server().toString(), workspaceId, head);
		queue.forgetPushedUpTo(head);
		refresh(true, null);
	}

	private void apply(List<Change> changes, ChangeApplier.LocalElements local) {
		if (!changes.isEmpty()) {
			recorder.withoutRecording(() -> {
				ChangeApplier.apply(model, changes, recorder.recorder(), local);
				return null;
			});
		}
	}

	/** Syncing works on saved work: unsaved edits are saved first, and so join the queue. */
	private void saveFirst() {
		if (model.isDirty()) {
			save();
		}
		queueSaved();
	}

	/** The model's files now hold every recorded command: their change sets become pending. */
	private void queueSaved() {
		List<ChangeSet> saved;
		synchronized (unsaved) {
			saved = List.copyOf(unsaved);
			unsaved.clear();
		}
		saved.forEach(queue::enqueue);
	}

	private void save() {
		try {
			model.save();
		} catch (IOException e) {
			throw new SyncException("The changes from the team server are applied but could not be saved: "
					+ e.getMessage(), e);
		}
	}

	private long pulled() {
		return queue.lastPulled(server.server().toString(), workspaceId);
	}

	public SyncStatusValue status() {
		return status;
	}

	private void refresh(boolean online, String problem) {
		status.set(new SyncStatus(online, queue.pendingCount() + unsaved.size(),
				openMerge == null ? 0 : openMerge.openConflicts().size(), pulled(), problem));
	}

	/** Stops recording; pending change sets stay in the store for the next session. */
	@Override
	public void close() {
		recorder.close();
		model.removeSaveListener(onSave);
		if (ownsTeam) {
			team.close();
		}
	}
}
