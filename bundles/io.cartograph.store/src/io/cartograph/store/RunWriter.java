package io.cartograph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cartograph.model.landscape.TaskType;

/**
 * A RUNNING task run: stages its data, writes its log, and ends it. Staged rows are written in
 * JDBC batches as they come and stay invisible until {@link #succeed()}; {@link #fail(String)}
 * and {@link #cancel()} throw them away (see {@link TaskRuns} for why this is atomic).
 * <p>
 * Thread-safe: the task stages from its thread while another may end the run. After the run has
 * ended, staging throws {@link IllegalStateException}. {@link #close()} fails a run that nobody
 * ended, so try-with-resources leaves no run RUNNING.
 */
public final class RunWriter implements AutoCloseable {

	/** Rows per JDBC batch and transaction: big enough to be fast, small enough for the heap. */
	static final int MESSAGE_BATCH = 2_000;
	/** Artifacts carry JSON payloads of some kilobytes each. */
	static final int ARTIFACT_BATCH = 200;

	private static final int MAX_ERROR_LENGTH = 4000;

	private final TaskRuns runs;
	private final LocalStore store;
	private TaskRun run;
	private final List<MessageRecord> messages = new ArrayList<>();
	private final List<RawArtifact> artifacts = new ArrayList<>();
	// Counters are read without the lock (progress reports ask for them while a batch is being
	// written) and changed under it, so they only need to be visible.
	private volatile long read;
	private volatile long written;
	private int lastLine;
	private Instant firstLogStart;
	private Instant lastLogStart;

	RunWriter(TaskRuns runs, TaskRun run) {
		this.runs = runs;
		this.store = runs.store();
		this.run = run;
	}

	/** The run as it stands: RUNNING until ended, then as recorded. */
	public synchronized TaskRun run() {
		return run;
	}

	public long id() {
		return run.id();
	}

	/**
	 * Stages a raw artifact. Only CONFIGURATION runs harvest artifacts: a source's artifacts are
	 * the snapshot of its latest successful CONFIGURATION run.
	 */
	public synchronized void stage(RawArtifact artifact) {
		Objects.requireNonNull(artifact, "artifact");
		requireRunning();
		if (run.taskType() != TaskType.CONFIGURATION) {
			throw new IllegalStateException("Raw artifacts are harvested by CONFIGURATION runs; run " + run.id()
					+ " is " + run.taskType());
		}
		artifacts.add(artifact);
		written++;
		if (artifacts.size() >= ARTIFACT_BATCH) {
			flushArtifacts();
		}
	}

	/** Stages a message record; they accumulate across successful runs. */
	public synchronized void stage(MessageRecord message) {
		Objects.requireNonNull(message, "message");
		requireRunning();
		messages.add(message);
		written++;
		if (firstLogStart == null || message.logStart().isBefore(firstLogStart)) {
			firstLogStart = message.logStart();
		}
		if (lastLogStart == null || message.logStart().isAfter(lastLogStart)) {
			lastLogStart = message.logStart();
		}
		if (messages.size() >= MESSAGE_BATCH) {
			flushMessages();
		}
	}

	/** Counts items read from the platform. */
	public synchronized void addRead(long items) {
		read += items;
	}

	/** Counts items written elsewhere than the store's tables (e.g. into the landscape model). */
	public synchronized void addWritten(long items) {
		written += items;
	}

	public long read() {
		return read;
	}

	/** Items written so far, staged rows included. */
	public long written() {
		return written;
	}

	public void info(String message) {
		log(LogLevel.INFO, message);
	}

	public void warn(String message) {
		log(LogLevel.WARN, message);
	}

	public void error(String message) {
		log(LogLevel.ERROR, message);
	}

	/** Appends a line to the run's log at once, so that the Job Monitor shows it live. */
	public synchronized void log(LogLevel level, String message) {
		Objects.requireNonNull(level, "level");
		int line = ++lastLine;
		Instant at = runs.now();
		store.inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO run_log (run_id, line_no, logged_at, log_level, message) VALUES (?, ?, ?, ?, ?)")) {
				insert.setLong(1, run.id());
				insert.setInt(2, line);
				SqlTime.set(insert, 3, at);
				insert.setString(4, level.name());
				insert.setString(5, message == null ? "" : message);
				return insert.executeUpdate();
			}
		});
	}

	/** Writes what is staged; it stays invisible until the run succeeds. */
	public synchronized void flush() {
		requireRunning();
		flushArtifacts();
		flushMessages();
	}

	/**
	 * Ends the run successfully: its data becomes visible in one transaction, message records it
	 * saw again replace their older copies, and an older artifact snapshot is then deleted.
	 */
	public synchronized TaskRun succeed() {
		flush();
		Instant endedAt = runs.now();
		store.inTransaction(c -> {
			end(c, RunStatus.SUCCESS, endedAt, null);
			replaceOlderCopies(c);
			return null;
		});
		run = ended(RunStatus.SUCCESS, endedAt, null);
		if (run.taskType() == TaskType.CONFIGURATION) {
			RunCleanup.purgeSupersededSnapshots(store, run.dataSourceUuid());
		}
		return run;
	}

	/** Ends the run as FAILED; its data is thrown away. {@code error} must not hold a secret. */
	public synchronized TaskRun fail(String error) {
		return discard(RunStatus.FAILED, error == null || error.isBlank() ? "Failed without a reason given" : error);
	}

	/** Ends the run as CANCELLED; its data is thrown away. */
	public synchronized TaskRun cancel() {
		return discard(RunStatus.CANCELLED, "Cancelled");
	}

	/** Fails the run if nobody ended it; does nothing otherwise. */
	@Override
	public synchronized void close() {
		if (run.status() == RunStatus.RUNNING) {
			fail("The run ended without reporting a result");
		}
	}

	private TaskRun discard(RunStatus status, String error) {
		requireRunning();
		messages.clear();
		artifacts.clear();
		Instant endedAt = runs.now();
		String text = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH - 1) + "…" : error;
		store.inTransaction(c -> {
			end(c, status, endedAt, text);
			return null;
		});
		run = ended(status, endedAt, text);
		RunCleanup.purgeRun(store, run.id());
		return run;
	}

	private void end(Connection c, RunStatus status, Instant endedAt, String error) throws SQLException {
		try (PreparedStatement update = c.prepareStatement("UPDATE task_run SET status = ?, ended_at = ?, "
				+ "items_read = ?, items_written = ?, error_text = ?, first_log_start = ?, last_log_start = ? "
				+ "WHERE id = ? AND status = 'RUNNING'")) {
			update.setString(1, status.name());
			SqlTime.set(update, 2, endedAt);
			update.setLong(3, read);
			update.setLong(4, written);
			update.setString(5, error);
			SqlTime.set(update, 6, firstLogStart);
			SqlTime.set(update, 7, lastLogStart);
			update.setLong(8, run.id());
			if (update.executeUpdate() != 1) {
				// Only reopening the store ends a run behind its writer's back.
				throw new IllegalStateException("Run " + run.id() + " was already ended (interrupted?)");
			}
		}
	}

	/**
	 * Deletes older copies of the messages this run saw again. Only the window of LogStart that
	 * both this run and earlier successful runs cover is looked at, and only in the runs whose
	 * LogStart range meets it; the window is empty when a RUNTIME run reads strictly after
	 * {@link HarvestedData#latestLogStart(String)}, and then this costs one small query.
	 */
	private void replaceOlderCopies(Connection c) throws SQLException {
		if (firstLogStart == null) {
			return;
		}
		Instant coveredUntil;
		try (PreparedStatement query = c.prepareStatement("SELECT MAX(last_log_start) FROM task_run "
				+ "WHERE data_source_uuid = ? AND status = 'SUCCESS' AND id <> ?")) {
			query.setString(1, run.dataSourceUuid());
			query.setLong(2, run.id());
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				coveredUntil = SqlTime.get(rows, 1);
			}
		}
		if (coveredUntil == null || coveredUntil.isBefore(firstLogStart)) {
			return;
		}
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM message_record o "
				+ "WHERE o.run_id IN (SELECT r.id FROM task_run r WHERE r.data_source_uuid = ? AND r.status = 'SUCCESS' "
				+ "AND r.id <> ? AND r.last_log_start >= ? AND r.first_log_start <= ?) "
				+ "AND o.log_start BETWEEN ? AND ? "
				+ "AND o.message_guid IN (SELECT n.message_guid FROM message_record n WHERE n.run_id = ? "
				+ "AND n.log_start <= ?)")) {
			delete.setString(1, run.dataSourceUuid());
			delete.setLong(2, run.id());
			SqlTime.set(delete, 3, firstLogStart);
			SqlTime.set(delete, 4, coveredUntil);
			SqlTime.set(delete, 5, firstLogStart);
			SqlTime.set(delete, 6, coveredUntil);
			delete.setLong(7, run.id());
			SqlTime.set(delete, 8, coveredUntil);
			delete.executeUpdate();
		}
	}

	private TaskRun ended(RunStatus status, Instant endedAt, String error) {
		return new TaskRun(run.id(), run.dataSourceUuid(), run.dataSourceName(), run.taskType(), run.trigger(),
				run.startedAt(), endedAt, status, read, written, error);
	}

	private void requireRunning() {
		if (run.status() != RunStatus.RUNNING) {
			throw new IllegalStateException("Run " + run.id() + " has ended: " + run.status());
		}
	}

	private void flushMessages() {
		if (messages.isEmpty()) {
			return;
		}
		store.inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO message_record (run_id, data_source_uuid, "
					+ "message_guid, artifact_id, status, log_start, log_end, correlation_id, sender, receiver) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
				for (MessageRecord m : messages) {
					insert.setLong(1, run.id());
					insert.setString(2, run.dataSourceUuid());
					insert.setString(3, m.messageGuid());
					insert.setString(4, m.artifactId());
					insert.setString(5, m.status());
					SqlTime.set(insert, 6, m.logStart());
					SqlTime.set(insert, 7, m.logEnd());
					insert.setString(8, m.correlationId());
					insert.setString(9, m.sender());
					insert.setString(10, m.receiver());
					insert.addBatch();
				}
				return insert.executeBatch();
			}
		});
		messages.clear();
	}

	private void flushArtifacts() {
		if (artifacts.isEmpty()) {
			return;
		}
		store.inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO raw_artifact (run_id, data_source_uuid, "
					+ "kind, external_id, artifact_version, payload, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
				for (RawArtifact a : artifacts) {
					insert.setLong(1, run.id());
					insert.setString(2, run.dataSourceUuid());
					insert.setString(3, a.kind());
					insert.setString(4, a.externalId());
					insert.setString(5, a.version());
					if (a.payload() == null) {
						insert.setNull(6, Types.CLOB);
					} else {
						insert.setString(6, a.payload());
					}
					SqlTime.set(insert, 7, a.fetchedAt());
					insert.addBatch();
				}
				return insert.executeBatch();
			}
		});
		artifacts.clear();
	}
}
