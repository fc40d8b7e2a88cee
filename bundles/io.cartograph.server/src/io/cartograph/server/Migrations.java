package io.cartograph.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The schema, as numbered migrations applied at start. Applying is safe when several server
 * instances start on one database at once: PostgreSQL serialises them with an advisory lock,
 * and every statement is idempotent for H2. A migration is never edited once released; a
 * change to the schema is a new migration at the end of the list.
 */
final class Migrations {

	record Migration(int version, String description, List<String> statements) {
	}

	private Migrations() {
	}

	static List<Migration> all(Dialect dialect) {
		String text = dialect.textType();
		return List.of(new Migration(1, "users, workspaces, memberships, change sets, snapshots, keys", List.of(
				"CREATE TABLE IF NOT EXISTS users (name VARCHAR(200) PRIMARY KEY, "
						+ "password_hash VARCHAR(400) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
				"CREATE TABLE IF NOT EXISTS workspaces (id VARCHAR(200) PRIMARY KEY, name VARCHAR(400) NOT NULL, "
						+ "head BIGINT NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)",
				"CREATE TABLE IF NOT EXISTS memberships (user_name VARCHAR(200) NOT NULL REFERENCES users(name), "
						+ "workspace VARCHAR(200) NOT NULL, role VARCHAR(20) NOT NULL, PRIMARY KEY (user_name, workspace))",
				"CREATE TABLE IF NOT EXISTS change_sets (workspace VARCHAR(200) NOT NULL REFERENCES workspaces(id), "
						+ "revision BIGINT NOT NULL, id VARCHAR(100) NOT NULL UNIQUE, author VARCHAR(200) NOT NULL, "
						+ "base_revision BIGINT NOT NULL, json " + text + " NOT NULL, "
						+ "committed_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (workspace, revision))",
				"CREATE TABLE IF NOT EXISTS snapshots (workspace VARCHAR(200) NOT NULL REFERENCES workspaces(id), "
						+ "revision BIGINT NOT NULL, json " + text + " NOT NULL, "
						+ "stored_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (workspace, revision))",
				"CREATE TABLE IF NOT EXISTS server_keys (name VARCHAR(50) PRIMARY KEY, key_value VARCHAR(200) NOT NULL)")));
	}

	/** Brings the schema up to date; returns the version it is at. */
	static int apply(Connection connection, Dialect dialect) throws SQLException {
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try {
			dialect.lockForMigration(connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
						+ "description VARCHAR(400) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
			}
			int current = currentVersion(connection);
			int version = current;
			for (Migration migration : all(dialect)) {
				if (migration.version() <= current) {
					continue;
				}
				try (Statement statement = connection.createStatement()) {
					for (String sql : migration.statements()) {
						statement.execute(sql);
					}
				}
				try (PreparedStatement insert = connection.prepareStatement(dialect.recordVersion())) {
					insert.setInt(1, migration.version());
					insert.setString(2, migration.description());
					insert.setTimestamp(3, Timestamp.from(Instant.now()));
					insert.executeUpdate();
				}
				version = migration.version();
			}
			connection.commit();
			return version;
		} catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		} finally {
			connection.setAutoCommit(autoCommit);
		}
	}

	static int currentVersion(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var rows = statement.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
