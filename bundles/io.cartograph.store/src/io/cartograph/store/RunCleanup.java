package io.cartograph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes rows nobody will see again: those of failed and cancelled runs, and superseded
 * artifact snapshots. Deletes in chunks of {@link #CHUNK} rows, each its own transaction, so
 * that removing a million rows does not build one huge transaction in memory.
 */
final class RunCleanup {

	static final int CHUNK = 10_000;

	/** What a run left RUNNING by a killed or crashed process is marked with. */
	static final String INTERRUPTED = "Interrupted: Cartograph stopped while the run was in progress.";

	/** Binds the parameters of a statement. */
	@FunctionalInterface
	interface Parameters {
		void bind(PreparedStatement statement) throws SQLException;
	}

	private RunCleanup() {
	}

	/**
	 * Called when a store is opened: nothing can be running yet, so RUNNING runs were left by a
	 * process that died. They become FAILED, and every run's invisible rows are removed.
	 *
	 * @return how many runs were marked interrupted
	 */
	static int afterOpen(LocalStore store, Instant now) {
		int interrupted = store.inTransaction(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE task_run SET status = 'FAILED', "
					+ "ended_at = ?, error_text = ? WHERE status = 'RUNNING'")) {
				SqlTime.set(update, 1, now);
				update.setString(2, INTERRUPTED);
				return update.executeUpdate();
			}
		});
		for (long runId : runIds(store, "SELECT id FROM task_run WHERE status IN ('FAILED', 'CANCELLED') "
				+ "AND NOT rows_purged")) {
			purgeRun(store, runId);
		}
		for (String source : sourcesWithSnapshots(store)) {
			purgeSupersededSnapshots(store, source);
		}
		return interrupted;
	}

	/** Deletes every data row of a run and notes that it has none left. */
	static void purgeRun(LocalStore store, long runId) {
		Parameters run = statement -> statement.setLong(1, runId);
		deleteInChunks(store, "DELETE FROM message_record WHERE run_id = ?", run);
		deleteInChunks(store, "DELETE FROM raw_artifact WHERE run_id = ?", run);
		store.inTransaction(c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE task_run SET rows_purged = TRUE WHERE id = ?")) {
				update.setLong(1, runId);
				return update.executeUpdate();
			}
		});
	}

	/** Deletes the artifacts of a source's successful CONFIGURATION runs older than its latest. */
	static void purgeSupersededSnapshots(LocalStore store, String dataSourceUuid) {
		List<Long> successful = runIds(store, "SELECT id FROM task_run WHERE data_source_uuid = ? "
				+ "AND task_type = 'CONFIGURATION' AND status = 'SUCCESS' AND NOT rows_purged ORDER BY id DESC",
				dataSourceUuid);
		for (long older : successful.subList(Math.min(1, successful.size()), successful.size())) {
			purgeRun(store, older);
		}
	}

	/**
	 * Runs a DELETE again and again, {@link #CHUNK} rows at a time, until it deletes no more.
	 *
	 * @param delete a DELETE statement without a row limit
	 * @return the number of rows deleted
	 */
	static long deleteInChunks(LocalStore store, String delete, Parameters parameters) {
		String chunked = delete + " FETCH FIRST " + CHUNK + " ROWS ONLY";
		long total = 0;
		int deleted;
		do {
			deleted = store.inTransaction(c -> {
				try (PreparedStatement statement = c.prepareStatement(chunked)) {
					parameters.bind(statement);
					return statement.executeUpdate();
				}
			});
			total += deleted;
		} while (deleted == CHUNK);
		return total;
	}

	private static List<String> sourcesWithSnapshots(LocalStore store) {
		return store.read(c -> {
			List<String> sources = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement("SELECT data_source_uuid FROM task_run "
					+ "WHERE task_type = 'CONFIGURATION' AND status = 'SUCCESS' AND NOT rows_purged "
					+ "GROUP BY data_source_uuid HAVING COUNT(*) > 1");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					sources.add(rows.getString(1));
				}
			}
			return sources;
		});
	}

	private static List<Long> runIds(LocalStore store, String sql, String... parameters) {
		return store.read(c -> {
			List<Long> ids = new ArrayList<>();
			try (PreparedStatement query = c.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					query.setString(i + 1, parameters[i]);
				}
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
			}
			return ids;
		});
	}
}
