package io.cartograph.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.h2.jdbcx.JdbcDataSource;

/**
 * The local store of one workspace: an embedded H2 database in a folder, brought up to the
 * current schema when opened. One open store holds one connection for its whole life; that
 * connection also holds H2's file lock, so a second program cannot open the same store.
 */
public final class LocalStore implements AutoCloseable {

	/** H2 appends {@code .mv.db} to this name. */
	static final String DATABASE_NAME = "cartograph";

	/** Name of the database file inside the store folder. */
	public static final String DATABASE_FILE_NAME = DATABASE_NAME + ".mv.db";

	/**
	 * DB_CLOSE_ON_EXIT=FALSE: we close the store ourselves; H2's shutdown hook could run after
	 * OSGi has stopped the bundle and fail with class loading errors. AUTO_SERVER=FALSE: only
	 * this process uses the store, and the file lock (H2's default) keeps others out.
	 */
	private static final String SETTINGS = ";DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";

	/** A piece of work done on the store's connection. */
	@FunctionalInterface
	public interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final Path directory;
	private final Connection connection;
	private boolean closed;

	private LocalStore(Path directory, Connection connection) {
		this.directory = directory;
		this.connection = connection;
	}

	/** Opens the store in a folder, creating folder and database when missing. */
	public static LocalStore open(Path storeDirectory) {
		return open(storeDirectory, "unknown");
	}

	/**
	 * Opens the store in a folder, creating folder and database when missing, and migrates its
	 * schema. {@code cartographVersion} is recorded as the creator of a new store.
	 *
	 * @throws StoreException with a message for the user when the store cannot be used
	 */
	public static LocalStore open(Path storeDirectory, String cartographVersion) {
		Path directory = storeDirectory.toAbsolutePath().normalize();
		Path file = directory.resolve(DATABASE_FILE_NAME);
		StoreFolder.prepare(directory);
		StoreFolder.refuseForeignFile(file);
		Connection connection;
		try {
			connection = dataSource(directory).getConnection();
		} catch (SQLException e) {
			throw StoreException.cannotOpen(file, e);
		}
		try {
			Schema.upgrade(connection, file);
			LocalStore store = new LocalStore(directory, connection);
			store.recordCreation(cartographVersion);
			// Nothing runs before the store is open: RUNNING runs were left by a process that died.
			RunCleanup.afterOpen(store, Instant.now());
			return store;
		} catch (SQLException e) {
			// Damage may only show once H2 reads the tables, so the same advice applies.
			closeQuietly(connection);
			throw StoreException.cannotOpen(file, e);
		} catch (RuntimeException e) {
			closeQuietly(connection);
			throw e;
		}
	}

	private static JdbcDataSource dataSource(Path directory) {
		// A DataSource rather than DriverManager: in OSGi, DriverManager does not see drivers
		// of other bundles.
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + directory.resolve(DATABASE_NAME) + SETTINGS);
		dataSource.setUser("sa");
		dataSource.setPassword("");
		return dataSource;
	}

	private void recordCreation(String cartographVersion) {
		if (info("created_at").isPresent()) {
			return;
		}
		String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
		inTransaction(c -> {
			try (PreparedStatement insert = c.prepareStatement(
					"INSERT INTO store_info (info_key, info_value) VALUES (?, ?)")) {
				insert.setString(1, "created_at");
				insert.setString(2, now);
				insert.addBatch();
				insert.setString(1, "created_by_version");
				insert.setString(2, cartographVersion);
				insert.addBatch();
				insert.executeBatch();
			}
			return null;
		});
	}

	/** The schema version the store is at (after opening: the latest this build knows). */
	public int schemaVersion() {
		return read(Schema::currentVersion);
	}

	/** The newest schema version this build knows. */
	public static int latestSchemaVersion() {
		return Schema.latestVersion();
	}

	/** The folder holding the database files. */
	public Path directory() {
		return directory;
	}

	/** The H2 database file ({@code cartograph.mv.db}). */
	public Path databaseFile() {
		return directory.resolve(DATABASE_FILE_NAME);
	}

	/**
	 * The store's connection, in auto-commit mode. It belongs to the store: do not close it.
	 * Prefer {@link #inTransaction(Work)} for changes spanning several statements.
	 */
	public synchronized Connection connection() {
		if (closed) {
			throw new IllegalStateException("The store " + databaseFile() + " is closed");
		}
		return connection;
	}

	/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
	public synchronized <T> T inTransaction(Work<T> work) {
		Connection c = connection();
		try {
			c.setAutoCommit(false);
			try {
				T result = work.run(c);
				c.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				c.rollback();
				throw e;
			} finally {
				c.setAutoCommit(true);
			}
		} catch (SQLException e) {
			throw new StoreException("A change to the store " + databaseFile() + " failed: "
					+ e.getMessage(), e);
		}
	}

	/** A value from {@code store_info}, such as {@code created_at} or {@code created_by_version}. */
	public Optional<String> info(String key) {
		return read(c -> {
			try (PreparedStatement query = c.prepareStatement(
					"SELECT info_value FROM store_info WHERE info_key = ?")) {
				query.setString(1, key);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
				}
			}
		});
	}

	/** Names of the tables in the store, lower case, sorted. */
	public List<String> tableNames() {
		return read(c -> {
			List<String> names = new ArrayList<>();
			try (Statement statement = c.createStatement();
					ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
							+ " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
				while (rows.next()) {
					names.add(rows.getString(1).toLowerCase(Locale.ROOT));
				}
			}
			return names;
		});
	}

	/** Runs queries on the store's connection (auto-commit, so nothing is left open). */
	synchronized <T> T read(Work<T> work) {
		try {
			return work.run(connection());
		} catch (SQLException e) {
			throw new StoreException("Reading the store " + databaseFile() + " failed: "
					+ e.getMessage(), e);
		}
	}

	/** Closes the database and releases its file lock. Closing twice does nothing. */
	@Override
	public synchronized void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			connection.close();
		} catch (SQLException e) {
			throw new StoreException("Closing the store " + databaseFile() + " failed: "
					+ e.getMessage(), e);
		}
	}

	public synchronized boolean isClosed() {
		return closed;
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// Already failing; the first problem is the one worth reporting.
		}
	}

	@Override
	public String toString() {
		return "LocalStore[" + databaseFile() + "]";
	}
}
