package io.cartograph.server;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of open connections, lent out one at a time. Opening a PostgreSQL connection
 * per request would cost more than most requests; a broken connection is dropped, not reused.
 */
final class ConnectionPool implements AutoCloseable {

	private final Dialect dialect;
	private final String url;
	private final Properties properties;
	private final BlockingQueue<Connection> idle;
	private final AtomicInteger open = new AtomicInteger();
	private final int size;
	private volatile boolean closed;

	ConnectionPool(Dialect dialect, String url, Properties properties, int size) {
		this.dialect = dialect;
		this.url = url;
		this.properties = properties;
		this.size = size;
		this.idle = new ArrayBlockingQueue<>(size);
	}

	/** A connection in auto-commit mode; give it back with {@link #release}. */
	Connection borrow() throws SQLException {
		if (closed) {
			throw new SQLException("The server's storage is closed");
		}
		Connection connection = idle.poll();
		if (connection != null) {
			return connection;
		}
		if (open.incrementAndGet() <= size) {
			try {
				return dialect.connect(url, properties);
			} catch (SQLException | RuntimeException e) {
				open.decrementAndGet();
				throw e;
			}
		}
		open.decrementAndGet();
		try {
			connection = idle.poll(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new SQLException("Interrupted while waiting for a database connection", e);
		}
		if (connection == null) {
			throw new SQLException("No database connection free after 30 seconds");
		}
		return connection;
	}

	/** Takes a connection back; {@code broken} ones (or any after close) are closed instead. */
	void release(Connection connection, boolean broken) {
		boolean reusable = !broken && !closed;
		try {
			if (reusable && !connection.getAutoCommit()) {
				connection.rollback();
				connection.setAutoCommit(true);
			}
		} catch (SQLException e) {
			reusable = false;
		}
		if (reusable && idle.offer(connection)) {
			return;
		}
		open.decrementAndGet();
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing more to do with a connection that cannot even close
		}
	}

	@Override
	public void close() {
		closed = true;
		List<Connection> connections = new ArrayList<>();
		idle.drainTo(connections);
		for (Connection connection : connections) {
			release(connection, true);
		}
	}
}
