package io.cartograph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.cartograph.model.landscape.TaskType;

/**
 * The task runs of a store: starting one, its history and logs, and log housekeeping.
 *
 * <h2>How a run commits its data atomically without one huge transaction</h2>
 * A RUNTIME run may write millions of message records. Holding them in one H2 transaction
 * would grow the heap with the run, so a {@link RunWriter} writes its rows in short JDBC batch
 * transactions instead, and <em>every data row carries the id of its run</em>. A row counts only
 * when its run is {@link RunStatus#SUCCESS}: readers ({@link HarvestedData}) join on successful
 * runs, and the switch from RUNNING to SUCCESS is one small transaction, so a run's data
 * appears all at once.
 * <ul>
 * <li>Raw artifacts are a snapshot: a data source's visible artifacts are those of its latest
 * successful CONFIGURATION run; older snapshots are deleted once a newer one succeeded.</li>
 * <li>Message records accumulate across successful runs. A run that sees a message again
 * replaces the older copy in the same transaction that marks it successful.</li>
 * <li>The rows of a failed or cancelled run are deleted after it ended (in chunks, for the same
 * heap reason). If a crash prevents that, they stay invisible, because their run never became
 * SUCCESS; opening the store marks runs a killed process left RUNNING as FAILED and deletes
 * their rows.</li>
 * </ul>
 * Run log lines are written at once and kept whatever the outcome: the log of a failed run is
 * the one people read.
 */
public final class TaskRuns {

	/** How long run logs are kept by default (the housekeeping UPDATE task). */
	public static final Duration DEFAULT_LOG_RETENTION = Duration.ofDays(7);

	static final String COLUMNS = "id, data_source_uuid, data_source_name, task_type, run_trigger, started_at, "
			+ "ended_at, status, items_read, items_written, error_text";

	private final LocalStore store;
	private final Clock clock;

	private TaskRuns(LocalStore store, Clock clock) {
		this.store = Objects.requireNonNull(store, "store");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	public static TaskRuns of(LocalStore store) {
		return new TaskRuns(store, Clock.systemUTC());
	}

	/** With a clock of one's own, for the scheduler and for tests that need fixed times. */
	public static TaskRuns of(LocalStore store, Clock clock) {
		return new TaskRuns(store, clock);
	}

	LocalStore store() {
		return store;
	}

	Instant now() {
		return clock.instant();
	}

	/** Records a new RUNNING run and returns the writer through which it stages its data. */
	public RunWriter start(String dataSourceUuid, String dataSourceName, TaskType taskType, RunTrigger trigger) {
		Objects.requireNonNull(dataSourceUuid, "dataSourceUuid");
		Objects.requireNonNull(taskType, "taskType");
		Objects.requireNonNull(trigger, "trigger");
		Instant startedAt = now();
		String name = dataSourceName == null ? dataSourceUuid : dataSourceName;
		long id = store.inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO task_run (data_source_uuid, "
					+ "data_source_name, task_type, run_trigger, started_at, status) VALUES (?, ?, ?, ?, ?, 'RUNNING')",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, dataSourceUuid);
				insert.setString(2, name);
				insert.setString(3, taskType.name());
				insert.setString(4, trigger.name());
				SqlTime.set(insert, 5, startedAt);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
		});
		return new RunWriter(this, new TaskRun(id, dataSourceUuid, name, taskType, trigger, startedAt, null,
				RunStatus.RUNNING, 0, 0, null));
	}

	public Optional<TaskRun> run(long id) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT " + COLUMNS + " FROM task_run WHERE id = ?")) {
				query.setLong(1, id);
				return first(query);
			}
		});
	}

	/** Runs matching the filter, newest first. */
	public List<TaskRun> history(RunFilter filter) {
		StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM task_run WHERE 1 = 1");
		List<String> parameters = new ArrayList<>();
		if (filter.dataSourceUuid() != null) {
			sql.append(" AND data_source_uuid = ?");
			parameters.add(filter.dataSourceUuid());
		}
		if (filter.taskType() != null) {
			sql.append(" AND task_type = ?");
			parameters.add(filter.taskType().name());
		}
		if (!filter.statuses().isEmpty()) {
			sql.append(filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", ", " AND status IN (", ")")));
			filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
		}
		sql.append(" ORDER BY started_at DESC, id DESC FETCH FIRST ? ROWS ONLY");
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement(sql.toString())) {
				int index = 1;
				for (String parameter : parameters) {
					query.setString(index++, parameter);
				}
				query.setInt(index, filter.limit());
				return list(query);
			}
		});
	}

	/** The runs in progress, newest first. */
	public List<TaskRun> running() {
		return history(RunFilter.all().status(RunStatus.RUNNING));
	}

	/** The latest run of a task whatever its outcome; the scheduler counts recurrences from it. */
	public Optional<TaskRun> lastRun(String dataSourceUuid, TaskType taskType) {
		return history(RunFilter.all().dataSource(dataSourceUuid).taskType(taskType).limit(1)).stream().findFirst();
	}

	/** The latest successful run of a task; RUNTIME reads what happened since it started. */
	public Optional<TaskRun> lastSuccessful(String dataSourceUuid, TaskType taskType) {
		return history(RunFilter.all().dataSource(dataSourceUuid).taskType(taskType).status(RunStatus.SUCCESS).limit(1))
				.stream().findFirst();
	}

	/** The log of a run, in the order it was written. */
	public List<RunLogLine> log(long runId) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT line_no, logged_at, log_level, message "
					+ "FROM run_log WHERE run_id = ? ORDER BY line_no")) {
				query.setLong(1, runId);
				List<RunLogLine> lines = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						lines.add(new RunLogLine(runId, rows.getInt(1), SqlTime.get(rows, 2),
								LogLevel.valueOf(rows.getString(3)), rows.getString(4)));
					}
				}
				return lines;
			}
		});
	}

	/** Deletes run log lines older than seven days; see {@link #deleteLogsOlderThan(Duration)}. */
	public long deleteOldLogs() {
		return deleteLogsOlderThan(DEFAULT_LOG_RETENTION);
	}

	/**
	 * Deletes run log lines written longer than {@code age} ago (the runs themselves stay in the
	 * history). Deletes in chunks so that a large backlog does not make one huge transaction.
	 *
	 * @return how many lines were deleted
	 */
	public long deleteLogsOlderThan(Duration age) {
		if (age.isNegative()) {
			throw new IllegalArgumentException("age must not be negative, was " + age);
		}
		Instant cutoff = now().minus(age);
		return RunCleanup.deleteInChunks(store, "DELETE FROM run_log WHERE logged_at < ?",
				statement -> SqlTime.set(statement, 1, cutoff));
	}

	private static Optional<TaskRun> first(PreparedStatement query) throws SQLException {
		List<TaskRun> runs = list(query);
		return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(0));
	}

	private static List<TaskRun> list(PreparedStatement query) throws SQLException {
		List<TaskRun> runs = new ArrayList<>();
		try (ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				runs.add(new TaskRun(rows.getLong(1), rows.getString(2), rows.getString(3),
						TaskType.valueOf(rows.getString(4)), RunTrigger.valueOf(rows.getString(5)),
						SqlTime.get(rows, 6), SqlTime.get(rows, 7), RunStatus.valueOf(rows.getString(8)),
						rows.getLong(9), rows.getLong(10), rows.getString(11)));
			}
		}
		return runs;
	}
}
