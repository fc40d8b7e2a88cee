package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.cartograph.server.Storage.Appended;
import io.cartograph.server.Storage.Appended.Outcome;

/** The storage on its own, on H2 and on PostgreSQL. */
class StorageTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Backend.class)
	void instancesStartingAtOnceMigrateTheSchemaOnce(Backend backend) throws Exception {
		Backend.TestDatabase database = backend.fresh(folder);
		int instances = 4;
		ExecutorService threads = Executors.newFixedThreadPool(instances);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<JdbcStorage>> opened = new ArrayList<>();
		for (int i = 0; i < instances; i++) {
			opened.add(threads.submit(() -> {
				go.await();
				return database.open();
			}));
		}
		go.countDown();
		List<JdbcStorage> storages = new ArrayList<>();
		try {
			for (Future<JdbcStorage> storage : opened) {
				storages.add(storage.get());
			}
			int version = storages.get(0).run(Migrations::currentVersion);
			assertEquals(Migrations.all(Dialect.H2).size(), version);
			long rows = storages.get(0).run(connection -> {
				try (var statement = connection.createStatement();
						var result = statement.executeQuery("SELECT COUNT(*) FROM schema_version")) {
					result.next();
					return result.getLong(1);
				}
			});
			assertEquals(version, rows, "one row per migration");
			byte[] key = storages.get(0).signingKey();
			for (JdbcStorage storage : storages) {
				assertEquals(java.util.HexFormat.of().formatHex(key), java.util.HexFormat.of().formatHex(storage.signingKey()),
						"one signing key for all instances");
			}
		} finally {
			storages.forEach(JdbcStorage::close);
			threads.shutdownNow();
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void appendsAreGaplessAndIdempotent(Backend backend) {
		try (JdbcStorage storage = backend.fresh(folder).open()) {
			assertTrue(storage.createWorkspace("w", "W", "{\"revision\":0,\"files\":{}}"));
			assertFalse(storage.createWorkspace("w", "again", "{}"));
			assertEquals(new Appended(Outcome.APPENDED, 1, 1), storage.append("w", "a", "carla", 0, (r, t) -> "{\"r\":" + r + "}"));
			assertEquals(new Appended(Outcome.DUPLICATE, 1, 1), storage.append("w", "a", "carla", 0, (r, t) -> "{}"));
			assertEquals(Outcome.BEHIND, storage.append("w", "b", "carla", 0, (r, t) -> "{}").outcome());
			assertEquals(Outcome.BASE_AHEAD, storage.append("w", "b", "carla", 5, (r, t) -> "{}").outcome());
			assertEquals(Outcome.NO_WORKSPACE, storage.append("nope", "b", "carla", 0, (r, t) -> "{}").outcome());
			assertEquals(new Appended(Outcome.APPENDED, 2, 2), storage.append("w", "b", "carla", 1, (r, t) -> "{\"r\":" + r + "}"));
			assertTrue(storage.createWorkspace("v", "V", "{}"));
			assertEquals(Outcome.ID_IN_OTHER_WORKSPACE, storage.append("v", "a", "carla", 0, (r, t) -> "{}").outcome());
			assertEquals(List.of("{\"r\":1}", "{\"r\":2}"), storage.changeSetsAfter("w", 0, 10));
			assertEquals(List.of("{\"r\":2}"), storage.changeSetsAfter("w", 1, 10));
			assertEquals(2, storage.workspace("w").orElseThrow().head());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void membershipsGiveRolesPerWorkspace(Backend backend) {
		try (JdbcStorage storage = backend.fresh(folder).open()) {
			storage.createWorkspace("w", "W", "{}");
			storage.createWorkspace("v", "V", "{}");
			assertTrue(storage.addUser("carla", "h"));
			assertFalse(storage.addUser("carla", "h2"));
			storage.addUser("admin", "h");
			storage.setRole("carla", "w", Role.USER);
			storage.setRole("carla", "w", Role.CONFIGURATOR);
			storage.setRole("admin", Storage.ALL_WORKSPACES, Role.ADMINISTRATOR);
			storage.setRole("admin", "v", Role.USER);
			assertEquals(Map.of("carla", Role.CONFIGURATOR), storage.members("w"));
			assertEquals(Role.CONFIGURATOR, storage.role("carla", "w").orElseThrow());
			assertTrue(storage.role("carla", "v").isEmpty());
			assertEquals(Role.ADMINISTRATOR, storage.role("admin", "w").orElseThrow(), "from '*'");
			assertEquals(Role.USER, storage.role("admin", "v").orElseThrow(), "the direct membership wins");
			assertEquals(List.of("w"), storage.workspacesOf("carla").stream().map(Storage.Workspace::id).toList());
			assertEquals(2, storage.workspacesOf("admin").size());
			assertEquals(Map.of("w", Role.CONFIGURATOR), storage.users().get(1).roles());
		}
	}
}
