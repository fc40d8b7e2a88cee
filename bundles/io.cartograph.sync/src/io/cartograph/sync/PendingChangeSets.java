package io.cartograph.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

import io.cartograph.store.LocalStore;
import io.cartograph.store.StoreException;

/**
 * The change sets made in this workspace that the server does not have yet, in the order they
 * were made, kept in the workspace's store so that they survive a restart; and how far the
 * workspace has pulled from a server. Pushed change sets stay as a record (with the server's
 * revision), so that a pull recognises them when they come back.
 */
public final class PendingChangeSets {

	private final LocalStore store;

	private PendingChangeSets(LocalStore store) {
		this.store = store;
	}

	public static PendingChangeSets in(LocalStore store) {
		return new PendingChangeSets(store);
	}

	/** Adds a change set at the end of the queue. */
	public void enqueue(ChangeSet changeSet) {
		store.inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO sync_change_set"
					+ " (id, base_revision, summary, created_at, body) VALUES (?, ?, ?, ?, ?)")) {
				insert.setString(1, changeSet.id());
				insert.setLong(2, changeSet.baseRevision());
				insert.setString(3, changeSet.summary());
				insert.setTimestamp(4, Timestamp.from(changeSet.createdAt()));
				insert.setString(5, ChangeSetCodec.toLocalJson(changeSet));
				insert.executeUpdate();
			}
			return null;
		});
	}

	/** The change sets not pushed yet, oldest first. */
	public List<ChangeSet> pending() {
		return query("SELECT body, base_revision FROM sync_change_set WHERE pushed_revision IS NULL ORDER BY seq");
	}

	public int pendingCount() {
		return pending().size();
	}

	/** Ids of change sets the server has from here. */
	public Set<String> pushedIds() {
		return read(c -> {
			Set<String> ids = new HashSet<>();
			try (PreparedStatement query = c.prepareStatement(
					"SELECT id FROM sync_change_set WHERE pushed_revision IS NOT NULL");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			return ids;
		});
	}

	/** The server has the change set, at this revision. */
	public void markPushed(String id, long revision) {
		update("UPDATE sync_change_set SET pushed_revision = ? WHERE id = ?", revision, id);
	}

	/**
	 * Forgets pushed change sets up to a revision that has been pulled: a pull never brings them
	 * again, so they need not be recognised any more.
	 */
	public void forgetPushedUpTo(long revision) {
		store.inTransaction(c -> {
			try (PreparedStatement delete = c.prepareStatement(
					"DELETE FROM sync_change_set WHERE pushed_revision IS NOT NULL AND pushed_revision <= ?")) {
				delete.setLong(1, revision);
				delete.executeUpdate();
			}
			return null;
		});
	}

	/**
	 * Replaces the pending change sets by their rebased versions, in one transaction: those in
	 * {@code rebased} are rewritten (same id, same place in the queue), the other pending ones are
	 * dropped.
	 */
	public void replacePending(List<ChangeSet> rebased) {
		store.inTransaction(c -> {
			Set<String> keep = new HashSet<>();
			try (PreparedStatement write = c.prepareStatement(
					"UPDATE sync_change_set SET base_revision = ?, body = ? WHERE id = ? AND pushed_revision IS NULL")) {
				for (ChangeSet changeSet : rebased) {
					keep.add(changeSet.id());
					write.setLong(1, changeSet.baseRevision());
					write.setString(2, ChangeSetCodec.toLocalJson(changeSet));
					write.setString(3, changeSet.id());
					write.executeUpdate();
				}
			}
			List<String> drop = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement(
					"SELECT id FROM sync_change_set WHERE pushed_revision IS NULL");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					if (!keep.contains(rows.getString(1))) {
						drop.add(rows.getString(1));
					}
				}
			}
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM sync_change_set WHERE id = ?")) {
				for (String id : drop) {
					delete.setString(1, id);
					delete.executeUpdate();
				}
			}
			return null;
		});
	}

	/** The ids of the server's workspaces this workspace has synced with. */
	public List<String> workspacesSyncedWith(String serverUrl) {
		return read(c -> {
			List<String> ids = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement(
					"SELECT workspace_id FROM sync_server WHERE server_url = ? ORDER BY workspace_id")) {
				query.setString(1, serverUrl);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getString(1));
					}
				}
			}
			return ids;
		});
	}

	/** The last revision pulled from that server's workspace; 0 before the first pull. */
	public long lastPulled(String serverUrl, String workspaceId) {
		return read(c -> {
			try (PreparedStatement query = c.prepareStatement(
					"SELECT last_pulled FROM sync_server WHERE server_url = ? AND workspace_id = ?")) {
				query.setString(1, serverUrl);
				query.setString(2, workspaceId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? rows.getLong(1) : 0L;
				}
			}
		});
	}

	public void setLastPulled(String serverUrl, String workspaceId, long revision) {
		store.inTransaction(c -> {
			try (PreparedStatement merge = c.prepareStatement(
					"MERGE INTO sync_server (server_url, workspace_id, last_pulled) KEY (server_url, workspace_id)"
							+ " VALUES (?, ?, ?)")) {
				merge.setString(1, serverUrl);
				merge.setString(2, workspaceId);
				merge.setLong(3, revision);
				merge.executeUpdate();
			}
			return null;
		});
	}

	private List<ChangeSet> query(String sql) {
		return read(c -> {
			List<ChangeSet> changeSets = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					changeSets.add(ChangeSetCodec.fromJson(rows.getString(1)).withBaseRevision(rows.getLong(2)));
				}
			}
			return changeSets;
		});
	}

	private void update(String sql, long number, String id) {
		store.inTransaction(c -> {
			try (PreparedStatement update = c.prepareStatement(sql)) {
				update.setLong(1, number);
				update.setString(2, id);
				update.executeUpdate();
			}
			return null;
		});
	}

	private <T> T read(LocalStore.Work<T> work) {
		// Through a transaction: LocalStore's own read helper is not public, and this keeps
		// reads from seeing half of a replacePending.
		try {
			return store.inTransaction(work);
		} catch (StoreException e) {
			throw new SyncException("The list of changes waiting for the team server cannot be read: "
					+ e.getMessage(), e);
		}
	}
}
