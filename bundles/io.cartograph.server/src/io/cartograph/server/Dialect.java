package io.cartograph.server;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * What differs between the databases the server runs on. The drivers are called directly rather
 * than through DriverManager, which cannot see drivers in other OSGi bundles.
 */
enum Dialect {

	H2("h2", "CHARACTER LARGE OBJECT") {
		@Override
		Driver driver() {
			return new org.h2.Driver();
		}

		@Override
		void lockForMigration(Connection connection) {
			// H2 has no advisory lock and commits each DDL statement by itself; every migration
			// statement is idempotent instead (IF NOT EXISTS), and version rows are merged.
		}

		@Override
		String recordVersion() {
			return "MERGE INTO schema_version (version, description, applied_at) KEY (version) VALUES (?, ?, ?)";
		}
	},

	POSTGRESQL("postgresql", "TEXT") {
		@Override
		Driver driver() {
			return new org.postgresql.Driver();
		}

		@Override
		void lockForMigration(Connection connection) throws SQLException {
			// Held until the migration's transaction ends: a second instance starting at the same
			// time waits here and then finds the schema current. (PostgreSQL's DDL is transactional.)
			try (Statement statement = connection.createStatement()) {
				statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
			}
		}

		@Override
		String recordVersion() {
			return "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?) "
					+ "ON CONFLICT (version) DO NOTHING";
		}
	};

	/** An arbitrary constant that names the migration lock among PostgreSQL's advisory locks. */
	private static final long MIGRATION_LOCK = 0x43617274L;

	private final String displayName;
	private final String textType;

	Dialect(String displayName, String textType) {
		this.displayName = displayName;
		this.textType = textType;
	}

	String displayName() {
		return displayName;
	}

	/** The column type for JSON texts of any length. */
	String textType() {
		return textType;
	}

	abstract Driver driver();

	abstract void lockForMigration(Connection connection) throws SQLException;

	/** Inserts a row of schema_version unless it is there (parameters: version, description, time). */
	abstract String recordVersion();

	static Dialect of(String jdbcUrl) {
		if (jdbcUrl.startsWith("jdbc:h2:")) {
			return H2;
		}
		if (jdbcUrl.startsWith("jdbc:postgresql:")) {
			return POSTGRESQL;
		}
		throw new StorageException("Unsupported database URL (use jdbc:h2:... or jdbc:postgresql://...): "
				+ withoutParameters(jdbcUrl));
	}

	Connection connect(String jdbcUrl, Properties properties) throws SQLException {
		Connection connection = driver().connect(jdbcUrl, properties);
		if (connection == null) {
			throw new SQLException("The " + displayName + " driver does not accept the URL " + withoutParameters(jdbcUrl));
		}
		return connection;
	}

	/** A URL as it may be shown: parameters may hold a password. */
	static String withoutParameters(String jdbcUrl) {
		int cut = jdbcUrl.length();
		for (char c : new char[] { '?', ';' }) {
			int at = jdbcUrl.indexOf(c);
			if (at >= 0 && at < cut) {
				cut = at;
			}
		}
		return jdbcUrl.substring(0, cut);
	}
}
