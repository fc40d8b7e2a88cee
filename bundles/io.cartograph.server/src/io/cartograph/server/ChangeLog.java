package io.cartograph.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cartograph.server.Storage.Appended;
import io.cartograph.server.Storage.Appended.Outcome;
import io.cartograph.server.Storage.Rendering;
import io.cartograph.server.Storage.Workspace;

/** The workspaces, their log of change sets and their snapshots, for {@link JdbcStorage}. */
final class ChangeLog {

	/**
	 * Worth another attempt: a unique key taken by a concurrent append, a deadlock or
	 * serialisation failure, a lock wait that timed out (H2's HYT00).
	 */
	private static final Set<String> TRANSIENT = Set.of(JdbcStorage.UNIQUE_VIOLATION, "40001", "40P01", "HYT00");
	private static final int ATTEMPTS = 10;

	private final JdbcStorage storage;

	ChangeLog(JdbcStorage storage) {
		this.storage = storage;
	}

	boolean createWorkspace(String id, String name, String snapshotJson) {
		return storage.run(connection -> {
			connection.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO workspaces (id, name, head, created_at) VALUES (?, ?, 0, ?)")) {
				insert.setString(1, id);
				insert.setString(2, name);
				insert.setTimestamp(3, now);
				insert.executeUpdate();
			} catch (SQLException e) {
				connection.rollback();
				if (JdbcStorage.UNIQUE_VIOLATION.equals(e.getSQLState())) {
					return false;
				}
				throw e;
			}
			insertSnapshot(connection, id, 0, snapshotJson);
			connection.commit();
			return true;
		});
	}

	Optional<Workspace> workspace(String id) {
		return storage.run(connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT id, name, head FROM workspaces WHERE id = ?")) {
				select.setString(1, id);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(new Workspace(rows.getString(1), rows.getString(2), rows.getLong(3), null))
							: Optional.empty();
				}
			}
		});
	}

	List<Workspace> workspacesOf(String user) {
		return storage.run(connection -> {
			List<Workspace> found = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement("SELECT w.id, w.name, w.head, m.role, a.role "
					+ "FROM workspaces w LEFT JOIN memberships m ON m.workspace = w.id AND m.user_name = ? "
					+ "LEFT JOIN memberships a ON a.workspace = ? AND a.user_name = ? "
					+ "WHERE m.role IS NOT NULL OR a.role IS NOT NULL ORDER BY w.id")) {
				select.setString(1, user);
				select.setString(2, Storage.ALL_WORKSPACES);
				select.setString(3, user);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String role = rows.getString(4) != null ? rows.getString(4) : rows.getString(5);
						found.add(new Workspace(rows.getString(1), rows.getString(2), rows.getLong(3), Role.valueOf(role)));
					}
				}
			}
			return found;
		});
	}

	Appended append(String workspace, String id, String author, long baseRevision, Rendering render) {
		return storage.run(connection -> {
			for (int attempt = 1;; attempt++) {
				try {
					return appendOnce(connection, workspace, id, author, baseRevision, render);
				} catch (SQLException e) {
					connection.rollback();
					if (attempt >= ATTEMPTS || !TRANSIENT.contains(e.getSQLState())) {
						throw e;
					}
				}
			}
		});
	}

	/**
	 * One transaction: the workspace row is locked first, so appends to one workspace take
	 * turns even across server instances; the primary key (workspace, revision) and the unique
	 * id stop a gap or a double commit should the lock ever not hold.
	 */
	private static Appended appendOnce(Connection connection, String workspace, String id, String author, long baseRevision,
			Rendering render) throws SQLException {
		connection.setAutoCommit(false);
		long head;
		try (PreparedStatement lock = connection.prepareStatement("SELECT head FROM workspaces WHERE id = ? FOR UPDATE")) {
			lock.setString(1, workspace);
			try (ResultSet rows = lock.executeQuery()) {
				if (!rows.next()) {
					connection.rollback();
					return new Appended(Outcome.NO_WORKSPACE, 0, 0);
				}
				head = rows.getLong(1);
			}
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT workspace, revision FROM change_sets WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				if (rows.next()) {
					boolean here = workspace.equals(rows.getString(1));
					long revision = rows.getLong(2);
					connection.rollback();
					return here ? new Appended(Outcome.DUPLICATE, revision, head) : new Appended(Outcome.ID_IN_OTHER_WORKSPACE, 0, head);
				}
			}
		}
		if (baseRevision != head) {
			connection.rollback();
			return new Appended(baseRevision < head ? Outcome.BEHIND : Outcome.BASE_AHEAD, 0, head);
		}
		long revision = head + 1;
		Instant committedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO change_sets "
				+ "(workspace, revision, id, author, base_revision, json, committed_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, workspace);
			insert.setLong(2, revision);
			insert.setString(3, id);
			insert.setString(4, author);
			insert.setLong(5, baseRevision);
			insert.setString(6, render.render(revision, committedAt));
			insert.setTimestamp(7, Timestamp.from(committedAt));
			insert.executeUpdate();
		}
		try (PreparedStatement advance = connection.prepareStatement("UPDATE workspaces SET head = ? WHERE id = ?")) {
			advance.setLong(1, revision);
			advance.setString(2, workspace);
			advance.executeUpdate();
		}
		connection.commit();
		return new Appended(Outcome.APPENDED, revision, revision);
	}

	List<String> changeSetsAfter(String workspace, long since, int limit) {
		return storage.run(connection -> {
			List<String> found = new ArrayList<>();
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT json FROM change_sets WHERE workspace = ? AND revision > ? ORDER BY revision LIMIT ?")) {
				select.setString(1, workspace);
				select.setLong(2, since);
				select.setInt(3, limit);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.add(rows.getString(1));
					}
				}
			}
			return found;
		});
	}

	void putSnapshot(String workspace, long revision, String snapshotJson) {
		storage.run(connection -> {
			connection.setAutoCommit(false);
			try (PreparedStatement delete = connection
					.prepareStatement("DELETE FROM snapshots WHERE workspace = ? AND revision = ?")) {
				delete.setString(1, workspace);
				delete.setLong(2, revision);
				delete.executeUpdate();
			}
			insertSnapshot(connection, workspace, revision, snapshotJson);
			connection.commit();
			return null;
		});
	}

	private static void insertSnapshot(Connection connection, String workspace, long revision, String json) throws SQLException {
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO snapshots (workspace, revision, json, stored_at) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, workspace);
			insert.setLong(2, revision);
			insert.setString(3, json);
			insert.setTimestamp(4, Timestamp.from(Instant.now()));
			insert.executeUpdate();
		}
	}

	Optional<String> latestSnapshot(String workspace) {
		return storage.run(connection -> {
			try (PreparedStatement select = connection.prepareStatement(
					"SELECT json FROM snapshots WHERE workspace = ? ORDER BY revision DESC LIMIT 1")) {
				select.setString(1, workspace);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		});
	}
}
