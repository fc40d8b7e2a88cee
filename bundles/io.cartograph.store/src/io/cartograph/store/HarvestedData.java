package io.cartograph.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What successful task runs harvested: the raw artifacts of each data source's latest successful
 * CONFIGURATION run, the message records of all its successful runs, and the monthly traffic
 * built from them. Rows of runs that are running, failed or cancelled are never returned (see
 * {@link TaskRuns} for the design).
 */
public final class HarvestedData {

	/** Message statuses counted as failed in the monthly traffic (CPI's words). */
	public static final List<String> FAILED_STATUSES = List.of("FAILED", "ESCALATED");

	/** Restricts message_record rows (alias m) of one data source to successful runs. */
	private static final String VISIBLE_MESSAGES = "m.data_source_uuid = ? AND m.run_id IN "
			+ "(SELECT r.id FROM task_run r WHERE r.data_source_uuid = ? AND r.status = 'SUCCESS')";

	private final LocalStore store;

	private HarvestedData(LocalStore store) {
		this.store = Objects.requireNonNull(store, "store");
	}

	public static HarvestedData of(LocalStore store) {
		return new HarvestedData(store);
	}

	/** The artifacts of a data source as its latest successful CONFIGURATION run saw them. */
	public List<RawArtifact> artifacts(String dataSourceUuid) {
		return artifacts(dataSourceUuid, null);
	}

	/** As {@link #artifacts(String)}, only those of one kind (e.g. IntegrationPackage). */
	public List<RawArtifact> artifacts(String dataSourceUuid, String kind) {
		String sql = "SELECT kind, external_id, artifact_version, payload, fetched_at FROM raw_artifact WHERE run_id = "
				+ "(SELECT MAX(id) FROM task_run WHERE data_source_uuid = ? AND task_type = 'CONFIGURATION' "
				+ "AND status = 'SUCCESS')" + (kind == null ? "" : " AND kind = ?") + " ORDER BY kind, external_id";
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement(sql)) {
				query.setString(1, dataSourceUuid);
				if (kind != null) {
					query.setString(2, kind);
				}
				List<RawArtifact> artifacts = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						artifacts.add(new RawArtifact(rows.getString(1), rows.getString(2), rows.getString(3),
								rows.getString(4), SqlTime.get(rows, 5)));
					}
				}
				return artifacts;
			}
		});
	}

	/** How many message records of a data source are stored. */
	public long messageCount(String dataSourceUuid) {
		return count("SELECT COUNT(*) FROM message_record m WHERE " + VISIBLE_MESSAGES, dataSourceUuid, null);
	}

	/** How many message records of a data source started at or after {@code since}. */
	public long messageCountSince(String dataSourceUuid, Instant since) {
		return count("SELECT COUNT(*) FROM message_record m WHERE " + VISIBLE_MESSAGES + " AND m.log_start >= ?",
				dataSourceUuid, Objects.requireNonNull(since, "since"));
	}

	/** Message records of a data source that started at or after {@code since}, oldest first. */
	public List<MessageRecord> messagesSince(String dataSourceUuid, Instant since, int limit) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT message_guid, artifact_id, status, log_start, "
					+ "log_end, correlation_id, sender, receiver FROM message_record m WHERE " + VISIBLE_MESSAGES
					+ " AND m.log_start >= ? ORDER BY m.log_start, m.message_guid FETCH FIRST ? ROWS ONLY")) {
				query.setString(1, dataSourceUuid);
				query.setString(2, dataSourceUuid);
				SqlTime.set(query, 3, since);
				query.setInt(4, limit);
				List<MessageRecord> messages = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						messages.add(new MessageRecord(rows.getString(1), rows.getString(2), rows.getString(3),
								SqlTime.get(rows, 4), SqlTime.get(rows, 5), rows.getString(6), rows.getString(7),
								rows.getString(8)));
					}
				}
				return messages;
			}
		});
	}

	/**
	 * The stored messages of a data source grouped by artifact, sender and receiver: one row per
	 * combination, however many messages there are. Messages without an artifact are left out.
	 */
	public List<ArtifactActivity> artifactActivity(String dataSourceUuid) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT m.artifact_id, m.sender, m.receiver, "
					+ "MAX(m.log_start), COUNT(*) FROM message_record m WHERE " + VISIBLE_MESSAGES
					+ " AND m.artifact_id IS NOT NULL GROUP BY m.artifact_id, m.sender, m.receiver "
					+ "ORDER BY m.artifact_id, m.sender, m.receiver")) {
				query.setString(1, dataSourceUuid);
				query.setString(2, dataSourceUuid);
				List<ArtifactActivity> activity = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						activity.add(new ArtifactActivity(rows.getString(1), rows.getString(2), rows.getString(3),
								SqlTime.get(rows, 4), rows.getLong(5)));
					}
				}
				return activity;
			}
		});
	}

	/**
	 * The latest LogStart among the stored messages of a data source. A RUNTIME run that reads
	 * messages strictly after it reads each message once.
	 */
	public Optional<Instant> latestLogStart(String dataSourceUuid) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT MAX(last_log_start) FROM task_run "
					+ "WHERE data_source_uuid = ? AND status = 'SUCCESS'")) {
				query.setString(1, dataSourceUuid);
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					return Optional.ofNullable(SqlTime.get(rows, 1));
				}
			}
		});
	}

	/**
	 * Rebuilds the monthly traffic of all data sources from the stored message records, in one
	 * transaction (the result has a row per artifact and month, not per message).
	 *
	 * @return the number of (data source, artifact, month) rows
	 */
	public int rebuildMonthlyTraffic() {
		String failed = String.join("', '", FAILED_STATUSES);
		return store.inTransaction(c -> {
			try (Statement statement = c.createStatement()) {
				statement.executeUpdate("DELETE FROM monthly_traffic");
				return statement.executeUpdate("INSERT INTO monthly_traffic "
						+ "(data_source_uuid, artifact_id, traffic_month, messages, failed) "
						+ "SELECT m.data_source_uuid, m.artifact_id, "
						+ "CAST(DATE_TRUNC('MONTH', m.log_start AT TIME ZONE 'UTC') AS DATE) AS month_start, "
						+ "COUNT(*), SUM(CASE WHEN m.status IN ('" + failed + "') THEN 1 ELSE 0 END) "
						+ "FROM message_record m JOIN task_run r ON r.id = m.run_id AND r.status = 'SUCCESS' "
						+ "GROUP BY m.data_source_uuid, m.artifact_id, month_start");
			}
		});
	}

	/** The monthly traffic of a data source as last rebuilt, by month then artifact. */
	public List<MonthlyTraffic> monthlyTraffic(String dataSourceUuid) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement("SELECT artifact_id, traffic_month, messages, failed "
					+ "FROM monthly_traffic WHERE data_source_uuid = ? ORDER BY traffic_month, artifact_id")) {
				query.setString(1, dataSourceUuid);
				List<MonthlyTraffic> traffic = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						traffic.add(new MonthlyTraffic(dataSourceUuid, rows.getString(1),
								YearMonth.from(rows.getObject(2, LocalDate.class)), rows.getLong(3), rows.getLong(4)));
					}
				}
				return traffic;
			}
		});
	}

	private long count(String sql, String dataSourceUuid, Instant since) {
		return store.read(c -> {
			try (PreparedStatement query = c.prepareStatement(sql)) {
				query.setString(1, dataSourceUuid);
				query.setString(2, dataSourceUuid);
				if (since != null) {
					SqlTime.set(query, 3, since);
				}
				return single(query);
			}
		});
	}

	private static long single(PreparedStatement query) throws SQLException {
		try (ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}
}
