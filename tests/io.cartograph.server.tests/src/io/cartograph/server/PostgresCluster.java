package io.cartograph.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started on a free
 * port of 127.0.0.1, removed when the test JVM ends. One per JVM; every test gets a fresh
 * database in it. As root, PostgreSQL refuses to run, so its programs run as the user postgres.
 */
final class PostgresCluster {

	private static PostgresCluster running;
	private static String unavailable;

	private final Path bin;
	private final Path directory;
	private final int port;
	private final boolean asPostgresUser;
	private final AtomicInteger databases = new AtomicInteger();

	private PostgresCluster(Path bin, Path directory, int port, boolean asPostgresUser) {
		this.bin = bin;
		this.directory = directory;
		this.port = port;
		this.asPostgresUser = asPostgresUser;
	}

	/** The cluster, started on first use; null with {@link #whyUnavailable()} when there are no binaries. */
	static synchronized PostgresCluster get() {
		if (running == null && unavailable == null) {
			Path bin = findBinaries();
			if (bin == null) {
				unavailable = "no PostgreSQL binaries in /usr/lib/postgresql/*/bin (install postgresql to run these)";
			} else {
				running = start(bin);
			}
		}
		return running;
	}

	static synchronized String whyUnavailable() {
		return unavailable;
	}

	private static Path findBinaries() {
		Path root = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(root)) {
			return null;
		}
		try (Stream<Path> versions = Files.list(root)) {
			return versions.map(version -> version.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
					.max(Comparator.comparing(Path::toString)).orElse(null);
		} catch (IOException e) {
			return null;
		}
	}

	private static PostgresCluster start(Path bin) {
		try {
			boolean root = "root".equals(System.getProperty("user.name"));
			Path directory = Files.createTempDirectory("cartograph-pg",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			PostgresCluster cluster = new PostgresCluster(bin, directory, port, root);
			if (root) {
				cluster.exec(List.of("chown", "postgres", directory.toString()), false);
			}
			Path data = directory.resolve("data");
			cluster.exec(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
					"--auth=trust", "-E", "UTF8", "--no-sync"), true);
			cluster.exec(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
					directory.resolve("log").toString(), "-o", "-p " + port + " -k " + directory
							+ " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200",
					"start"), true);
			Runtime.getRuntime().addShutdownHook(new Thread(cluster::stop, "postgres cluster shutdown"));
			return cluster;
		} catch (IOException e) {
			throw new IllegalStateException("Cannot start a PostgreSQL cluster: " + e.getMessage(), e);
		}
	}

	/** A new, empty database; its JDBC URL (user postgres, no password). */
	String createDatabase() {
		String name = "cartograph_" + databases.incrementAndGet();
		try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		} catch (Exception e) {
			throw new IllegalStateException("Cannot create database " + name + ": " + e.getMessage(), e);
		}
		return url(name);
	}

	String url(String database) {
		return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
	}

	Connection connect(String database) throws java.sql.SQLException {
		return new org.postgresql.Driver().connect(url(database), new Properties());
	}

	private void stop() {
		try {
			exec(List.of(bin.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(), "-m", "immediate",
					"stop"), true);
		} catch (IOException | IllegalStateException e) {
			// the JVM is ending; the temporary folder is removed below either way
		}
		try (Stream<Path> files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// left in the temporary folder
		}
	}

	private void exec(List<String> command, boolean postgres) throws IOException {
		List<String> full = new ArrayList<>();
		if (postgres && asPostgresUser) {
			full.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		full.addAll(command);
		Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		try {
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}
}
