package io.cartograph.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

	@TempDir
	Path folder;

	@Test
	void newStoreIsCreatedAndMigratedToTheLatestSchema() {
		Path storeFolder = folder.resolve("store");
		try (LocalStore store = LocalStore.open(storeFolder, "9.9.9-test")) {
			assertEquals(3, store.schemaVersion());
			assertEquals(Schema.latestVersion(), store.schemaVersion());
			assertEquals(List.of("message_record", "monthly_traffic", "raw_artifact", "run_log", "schema_version",
					"store_info", "sync_change_set", "sync_server", "task_run"), store.tableNames());
			assertEquals(storeFolder.resolve("cartograph.mv.db"), store.databaseFile());
			assertTrue(Files.isRegularFile(store.databaseFile()), "database file exists");
			assertEquals("9.9.9-test", store.info("created_by_version").orElseThrow());
			assertTrue(store.info("created_at").orElseThrow().endsWith("Z"), "created_at is ISO-8601 UTC");
		}
	}

	@Test
	void reopeningKeepsDataAndDoesNotRunMigrationsAgain() throws Exception {
		String appliedAt;
		String createdAt;
		try (LocalStore store = LocalStore.open(folder, "1.0")) {
			appliedAt = appliedAt(store.connection());
			createdAt = store.info("created_at").orElseThrow();
			store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					return s.executeUpdate("INSERT INTO store_info VALUES ('customer', 'ACME')");
				}
			});
		}
		try (LocalStore store = LocalStore.open(folder, "2.0")) {
			assertEquals("ACME", store.info("customer").orElseThrow());
			assertEquals(3, count(store.connection(), "SELECT COUNT(*) FROM schema_version"));
			assertEquals(appliedAt, appliedAt(store.connection()));
			assertEquals(createdAt, store.info("created_at").orElseThrow());
			assertEquals("1.0", store.info("created_by_version").orElseThrow(), "creator is not overwritten");
		}
	}

	@Test
	void aFailedTransactionIsRolledBack() {
		try (LocalStore store = LocalStore.open(folder)) {
			StoreException failure = assertThrows(StoreException.class, () -> store.inTransaction(c -> {
				try (Statement s = c.createStatement()) {
					s.executeUpdate("INSERT INTO store_info VALUES ('half', 'done')");
					return s.executeUpdate("INSERT INTO no_such_table VALUES (1)");
				}
			}));
			assertTrue(failure.getMessage().contains(store.databaseFile().toString()), failure.getMessage());
			assertTrue(store.info("half").isEmpty(), "first insert rolled back");
		}
	}

	@Test
	void storeFromANewerCartographIsRefusedAndLeftUntouched() throws Exception {
		try (LocalStore store = LocalStore.open(folder)) {
			try (Statement s = store.connection().createStatement()) {
				s.executeUpdate("INSERT INTO schema_version VALUES (99, 'from the future', CURRENT_TIMESTAMP)");
			}
		}
		StoreException refusal = assertThrows(StoreException.class, () -> LocalStore.open(folder));
		String message = refusal.getMessage();
		assertTrue(message.contains(folder.resolve("cartograph.mv.db").toString()), message);
		assertTrue(message.contains("schema version 99"), message);
		assertTrue(message.contains("newer Cartograph"), message);

		try (Connection raw = rawConnection(folder)) {
			assertEquals(99, count(raw, "SELECT MAX(version) FROM schema_version"));
			assertEquals(Schema.MIGRATIONS.size() + 1, count(raw, "SELECT COUNT(*) FROM schema_version"));
		}
	}

	@Test
	void aFileThatIsNotADatabaseGivesAClearErrorAndIsKept() throws Exception {
		Path file = folder.resolve("cartograph.mv.db");
		byte[] garbage = "These are notes someone saved under the wrong name.\n".repeat(300)
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, garbage);

		StoreException failure = assertThrows(StoreException.class, () -> LocalStore.open(folder));

		String message = failure.getMessage();
		assertTrue(message.contains(file.toString()), message);
		assertTrue(message.contains("not a Cartograph store or is damaged"), message);
		assertTrue(message.contains("left untouched"), message);
		assertArrayEquals(garbage, Files.readAllBytes(file), "the file is neither overwritten nor deleted");
	}

	@Test
	void damagedFilesOfAnySizeGiveTheSameClearErrorAndAreKept() throws Exception {
		Path file = folder.resolve("cartograph.mv.db");
		List<byte[]> contents = List.of(
				"x".getBytes(StandardCharsets.UTF_8),
				"not a database\n".repeat(500).getBytes(StandardCharsets.UTF_8),
				// Looks like H2 at first sight, so H2 itself has to find out.
				("H:2," + "broken header and nothing else ".repeat(10)).getBytes(StandardCharsets.UTF_8),
				("H:2," + "broken header and nothing else ".repeat(1000)).getBytes(StandardCharsets.UTF_8));
		for (byte[] content : contents) {
			Files.write(file, content);
			StoreException failure = assertThrows(StoreException.class, () -> LocalStore.open(folder),
					content.length + " bytes");
			assertTrue(failure.getMessage().startsWith("The store " + file + " is not a Cartograph store or is damaged."),
					failure.getMessage());
			assertArrayEquals(content, Files.readAllBytes(file), "kept as it was");
		}
	}

	@Test
	void anEmptyFileLeftByACrashDuringCreationBecomesANewStore() throws Exception {
		Files.createFile(folder.resolve("cartograph.mv.db"));
		try (LocalStore store = LocalStore.open(folder)) {
			assertEquals(Schema.latestVersion(), store.schemaVersion());
		}
	}

	@Test
	void aStoreInUseByAnotherProgramIsExplained() {
		// H2 shares an open database within one JVM, so the lock is only hit from another process;
		// this checks the advice given for H2's "already in use" error.
		Path file = folder.resolve("cartograph.mv.db");
		StoreException failure = StoreException.cannotOpen(file,
				new SQLException("Database may be already in use", "90020", 90020));
		assertTrue(failure.getMessage().contains(file.toString()), failure.getMessage());
		assertTrue(failure.getMessage().contains("in use by another program"), failure.getMessage());
	}

	@Test
	void aFileWhereTheStoreFolderShouldBeIsRefused() throws Exception {
		Path notAFolder = Files.writeString(folder.resolve("store"), "x");
		StoreException failure = assertThrows(StoreException.class, () -> LocalStore.open(notAFolder));
		assertTrue(failure.getMessage().contains("is a file"), failure.getMessage());
		assertEquals("x", Files.readString(notAFolder));
	}

	@Test
	void closeReleasesTheStoreAndCanBeCalledTwice() {
		LocalStore store = LocalStore.open(folder);
		store.close();
		store.close();
		assertTrue(store.isClosed());
		assertThrows(IllegalStateException.class, store::connection);
		try (LocalStore again = LocalStore.open(folder)) {
			assertFalse(again.isClosed());
			assertEquals(Schema.latestVersion(), again.schemaVersion());
		}
	}

	@Test
	void migrationsAreNumberedWithoutGapsAndTheirFilesAreShipped() {
		for (int i = 0; i < Schema.MIGRATIONS.size(); i++) {
			Migration migration = Schema.MIGRATIONS.get(i);
			assertEquals(i + 1, migration.version(), "migration " + migration.resource());
			assertTrue(migration.resource().startsWith("db/migration/V" + migration.version() + "__"),
					migration.resource());
			assertFalse(migration.statements().isEmpty(), migration.resource() + " has statements");
		}
	}

	@Test
	void migrationFileIsSplitIntoStatements() {
		List<String> statements = Schema.MIGRATIONS.get(0).statements();
		assertEquals(2, statements.size());
		assertTrue(statements.get(0).startsWith("CREATE TABLE IF NOT EXISTS schema_version"), statements.get(0));
		assertFalse(statements.get(0).endsWith(";"), "separator removed");
	}

	@Test
	void aVersion1StoreIsMigratedToTheLatestVersionKeepingItsData() throws Exception {
		try (Connection raw = rawConnection(folder); Statement s = raw.createStatement()) {
			for (String statement : Schema.MIGRATIONS.get(0).statements()) {
				s.execute(statement);
			}
			s.executeUpdate("INSERT INTO schema_version VALUES (1, 'store info', TIMESTAMP WITH TIME ZONE '2024-05-01 10:00:00Z')");
			s.executeUpdate("INSERT INTO store_info VALUES ('created_at', '2024-05-01T10:00:00Z')");
			s.executeUpdate("INSERT INTO store_info VALUES ('created_by_version', '0.1.0')");
		}
		try (LocalStore store = LocalStore.open(folder, "0.2.0")) {
			assertEquals(3, store.schemaVersion());
			assertTrue(store.tableNames().containsAll(List.of("task_run", "run_log", "raw_artifact", "message_record",
					"monthly_traffic", "sync_change_set", "sync_server")), store.tableNames().toString());
			assertEquals("0.1.0", store.info("created_by_version").orElseThrow());
			assertEquals("2024-05-01T10:00:00Z", store.info("created_at").orElseThrow());
			assertEquals(3, count(store.connection(), "SELECT COUNT(*) FROM schema_version"));
			assertTrue(TaskRuns.of(store).history(RunFilter.all()).isEmpty());
		}
	}

	private static String appliedAt(Connection connection) throws SQLException {
		try (Statement s = connection.createStatement();
				ResultSet rows = s.executeQuery("SELECT applied_at FROM schema_version WHERE version = 1")) {
			assertTrue(rows.next());
			return rows.getString(1);
		}
	}

	private static int count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql);
				ResultSet rows = query.executeQuery()) {
			rows.next();
			return rows.getInt(1);
		}
	}

	private static Connection rawConnection(Path folder) throws SQLException {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:file:" + folder.toAbsolutePath().resolve("cartograph") + ";DB_CLOSE_ON_EXIT=FALSE");
		dataSource.setUser("sa");
		dataSource.setPassword("");
		return dataSource.getConnection();
	}
}
