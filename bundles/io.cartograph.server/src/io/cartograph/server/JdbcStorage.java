package io.cartograph.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@link Storage} on H2 (a file database, the default) or PostgreSQL (several server instances
 * on one database), through plain JDBC. The schema is brought up to date when it opens.
 */
public final class JdbcStorage implements Storage {

	/** SQLState of a unique or primary key violation, the same in H2 and PostgreSQL. */
	static final String UNIQUE_VIOLATION = "23505";

	private final Dialect dialect;
	private final ConnectionPool pool;
	private final ChangeLog log;
	private final Memberships memberships;
	private volatile byte[] signingKey;

	private JdbcStorage(Dialect dialect, ConnectionPool pool) {
		this.dialect = dialect;
		this.pool = pool;
		this.log = new ChangeLog(this);
		this.memberships = new Memberships(this);
	}

	/** The H2 file database in {@code directory}, created when missing. */
	public static JdbcStorage openDirectory(Path directory) {
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new StorageException("Cannot create the data folder " + directory + ": " + e.getMessage(), e);
		}
		// AUTO_SERVER: a second process (cli server-users while the server runs) can open it too.
		String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve("cartograph-server")
				+ ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000";
		return open(url, null, null);
	}

	/** The database at {@code jdbcUrl}; user and password may be null (then the URL's own). */
	public static JdbcStorage open(String jdbcUrl, String user, char[] password) {
		Dialect dialect = Dialect.of(jdbcUrl);
		Properties properties = new Properties();
		if (user != null) {
			properties.setProperty("user", user);
		}
		if (password != null) {
			properties.setProperty("password", new String(password));
		}
		String url = dialect == Dialect.H2 && !jdbcUrl.contains("LOCK_TIMEOUT") ? jdbcUrl + ";LOCK_TIMEOUT=20000" : jdbcUrl;
		ConnectionPool pool = new ConnectionPool(dialect, url, properties, 16);
		JdbcStorage storage = new JdbcStorage(dialect, pool);
		try {
			storage.run(connection -> Migrations.apply(connection, dialect));
		} catch (RuntimeException e) {
			pool.close();
			throw e;
		}
		return storage;
	}

	/** Work on one connection, which goes back to the pool afterwards. */
	@FunctionalInterface
	interface Work<T> {
		T on(Connection connection) throws SQLException;
	}

	<T> T run(Work<T> work) {
		Connection connection;
		try {
			connection = pool.borrow();
		} catch (SQLException e) {
			throw new StorageException("Cannot reach the " + dialect.displayName() + " database: " + e.getMessage(), e);
		}
		boolean broken = false;
		try {
			return work.on(connection);
		} catch (SQLException e) {
			broken = e.getSQLState() != null && e.getSQLState().startsWith("08");
			throw new StorageException("The " + dialect.displayName() + " database failed: " + e.getMessage(), e);
		} finally {
			pool.release(connection, broken);
		}
	}

	Dialect dialect() {
		return dialect;
	}

	@Override
	public String databaseName() {
		return dialect.displayName();
	}

	@Override
	public boolean healthy() {
		try {
			return run(connection -> connection.isValid(5));
		} catch (StorageException e) {
			return false;
		}
	}

	@Override
	public boolean addUser(String name, String passwordHash) {
		return run(connection -> {
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)")) {
				insert.setString(1, name);
				insert.setString(2, passwordHash);
				insert.setTimestamp(3, Timestamp.from(Instant.now()));
				insert.executeUpdate();
				return true;
			} catch (SQLException e) {
				if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
					return false;
				}
				throw e;
			}
		});
	}

	@Override
	public void setPasswordHash(String name, String passwordHash) {
		int changed = update("UPDATE users SET password_hash = ? WHERE name = ?", passwordHash, name);
		if (changed == 0) {
			throw new StorageException("No user named '" + name + "'");
		}
	}

	@Override
	public Optional<String> passwordHash(String name) {
		return run(connection -> {
			try (PreparedStatement select = connection.prepareStatement("SELECT password_hash FROM users WHERE name = ?")) {
				select.setString(1, name);
				try (ResultSet rows = select.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public boolean userExists(String name) {
		return passwordHash(name).isPresent();
	}

	@Override
	public List<User> users() {
		return memberships.users();
	}

	@Override
	public void setRole(String user, String workspace, Role role) {
		memberships.setRole(user, workspace, role);
	}

	@Override
	public boolean removeRole(String user, String workspace) {
		return update("DELETE FROM memberships WHERE user_name = ? AND workspace = ?", user, workspace) > 0;
	}

	@Override
	public Optional<Role> role(String user, String workspace) {
		return memberships.role(user, workspace);
	}

	@Override
	public Map<String, Role> members(String workspace) {
		return memberships.members(workspace);
	}

	@Override
	public boolean createWorkspace(String id, String name, String snapshotJson) {
		return log.createWorkspace(id, name, snapshotJson);
	}

	@Override
	public Optional<Workspace> workspace(String id) {
		return log.workspace(id);
	}

	@Override
	public List<Workspace> workspacesOf(String user) {
		return log.workspacesOf(user);
	}

	@Override
	public Appended append(String workspace, String id, String author, long baseRevision, Rendering render) {
		return log.append(workspace, id, author, baseRevision, render);
	}

	@Override
	public List<String> changeSetsAfter(String workspace, long since, int limit) {
		return log.changeSetsAfter(workspace, since, limit);
	}

	@Override
	public void putSnapshot(String workspace, long revision, String snapshotJson) {
		log.putSnapshot(workspace, revision, snapshotJson);
	}

	@Override
	public Optional<String> latestSnapshot(String workspace) {
		return log.latestSnapshot(workspace);
	}

	@Override
	public byte[] signingKey() {
		byte[] key = signingKey;
		if (key == null) {
			key = run(JdbcStorage::loadOrCreateKey);
			signingKey = key;
		}
		return key.clone();
	}

	/** The first instance to start creates the key; one that loses the race reads the winner's. */
	private static byte[] loadOrCreateKey(Connection connection) throws SQLException {
		for (int attempt = 0; attempt < 3; attempt++) {
			try (PreparedStatement select = connection.prepareStatement("SELECT key_value FROM server_keys WHERE name = 'token'");
					ResultSet rows = select.executeQuery()) {
				if (rows.next()) {
					return Base64.getDecoder().decode(rows.getString(1));
				}
			}
			byte[] fresh = new byte[32];
			new SecureRandom().nextBytes(fresh);
			try (PreparedStatement insert = connection
					.prepareStatement("INSERT INTO server_keys (name, key_value) VALUES ('token', ?)")) {
				insert.setString(1, Base64.getEncoder().encodeToString(fresh));
				insert.executeUpdate();
				return fresh;
			} catch (SQLException e) {
				if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
					throw e;
				}
			}
		}
		throw new SQLException("Cannot create or read the token signing key");
	}

	int update(String sql, Object... parameters) {
		return run(connection -> {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < parameters.length; i++) {
					statement.setObject(i + 1, parameters[i]);
				}
				return statement.executeUpdate();
			}
		});
	}

	@Override
	public void close() {
		pool.close();
	}
}
