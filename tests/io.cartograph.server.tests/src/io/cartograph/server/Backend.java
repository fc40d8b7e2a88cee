package io.cartograph.server;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/** The databases every storage and server test runs against. */
enum Backend {
	H2, POSTGRESQL;

	/** A fresh, empty database for one test; {@code folder} holds H2's files. */
	TestDatabase fresh(Path folder) {
		if (this == H2) {
			return new TestDatabase(this, null, folder.resolve("data"));
		}
		PostgresCluster cluster = PostgresCluster.get();
		Assumptions.assumeTrue(cluster != null, () -> "PostgreSQL skipped: " + PostgresCluster.whyUnavailable());
		return new TestDatabase(this, cluster.createDatabase(), null);
	}

	/** One database; {@link #open()} may be called again for a restart or a second server instance. */
	record TestDatabase(Backend backend, String url, Path directory) {
		JdbcStorage open() {
			return directory != null ? JdbcStorage.openDirectory(directory) : JdbcStorage.open(url, null, null);
		}
	}
}
