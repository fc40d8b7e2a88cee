package io.cartograph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The store's schema: the ordered migrations and the code that applies them. */
final class Schema {

	/**
	 * Every migration, oldest first. To change the schema, add a file
	 * {@code db/migration/V<n>__<what>.sql} and a line here; never edit a released migration.
	 * Listed by hand because scanning a bundle's class path for resources is unreliable in OSGi.
	 */
	static final List<Migration> MIGRATIONS = List.of(
			new Migration(1, "store info", "db/migration/V1__store_info.sql"),
			new Migration(2, "task runs and harvested data", "db/migration/V2__task_runs.sql"),
			new Migration(3, "team sync: pending change sets", "db/migration/V3__sync.sql"));

	private Schema() {
	}

	static int latestVersion() {
		return MIGRATIONS.get(MIGRATIONS.size() - 1).version();
	}

	/** The version recorded in the store; 0 for a new, empty database. */
	static int currentVersion(Connection connection) throws SQLException {
		if (!hasTable(connection, "SCHEMA_VERSION")) {
			return 0;
		}
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}

	/**
	 * Brings the store up to {@link #latestVersion()}. A store from a newer Cartograph is refused
	 * rather than touched: an older build cannot know what its tables mean.
	 */
	static void upgrade(Connection connection, Path file) throws SQLException {
		int current = currentVersion(connection);
		if (current > latestVersion()) {
			throw new StoreException("The store " + file + " has schema version " + current
					+ ", but this Cartograph only knows versions up to " + latestVersion()
					+ ". It was written by a newer Cartograph: open it with that version. "
					+ "The store was left untouched.");
		}
		for (Migration migration : MIGRATIONS) {
			if (migration.version() > current) {
				apply(connection, migration);
			}
		}
	}

	/**
	 * Runs one migration in one transaction and records it. H2 commits DDL statements
	 * implicitly, so the version row goes in last: a migration that fails half-way is not
	 * recorded and runs again next time, which is why migrations use IF NOT EXISTS.
	 */
	private static void apply(Connection connection, Migration migration) throws SQLException {
		List<String> statements = migration.statements();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements) {
					statement.execute(sql);
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
				insert.setInt(1, migration.version());
				insert.setString(2, migration.description());
				insert.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
				insert.executeUpdate();
			}
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	static boolean hasTable(Connection connection, String upperCaseName) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ?")) {
			query.setString(1, upperCaseName);
			try (ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getInt(1) > 0;
			}
		}
	}
}
