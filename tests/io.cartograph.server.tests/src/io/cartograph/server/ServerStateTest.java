package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.cartograph.server.TestClient.Answer;

/** What the server keeps: across restarts, under two instances, and what it must not keep. */
class ServerStateTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Backend.class)
	void aRestartKeepsEverything(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			JsonNode first = Fixture.changeSet(0, "ERP");
			fixture.client.post("/workspaces/ws1/changes", carla, first);
			fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(1, "CRM"));

			fixture.restart();

			assertEquals(200, fixture.client.get("/workspaces", carla).status(), "the signing key survived");
			JsonNode pulled = fixture.client.get("/workspaces/ws1/changes?since=0", carla).body();
			assertEquals(2, pulled.get("head").asLong());
			assertEquals(2, pulled.get("changeSets").size());
			Answer retried = fixture.client.post("/workspaces/ws1/changes", carla, first);
			assertTrue(retried.body().get("duplicate").asBoolean(), "the log of ids survived");
			assertEquals(201, fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(2, "HR")).status());
			assertEquals(403, fixture.client.post("/workspaces/ws1/changes", fixture.client.token("uma", Fixture.PASSWORD),
					Fixture.changeSet(3, "X")).status(), "memberships survived");
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void twoInstancesOnOneDatabaseAppendWithoutGaps(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder); JdbcStorage secondStorage = fixture.database.open();
				SyncServer second = SyncServer.start(ServerConfig.defaults().withPort(0), secondStorage)) {
			String token = fixture.client.token("carla", Fixture.PASSWORD);
			List<TestClient> clients = List.of(fixture.client, new TestClient(second.uri()));
			int writers = 8;
			int perWriter = 12;
			ExecutorService threads = Executors.newFixedThreadPool(writers);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<List<Long>>> results = new ArrayList<>();
			try {
				for (int w = 0; w < writers; w++) {
					TestClient client = clients.get(w % 2);
					Callable<List<Long>> writer = () -> {
						go.await();
						List<Long> mine = new ArrayList<>();
						for (int i = 0; i < perWriter; i++) {
							mine.add(pushUntilAccepted(client, token));
						}
						return mine;
					};
					results.add(threads.submit(writer));
				}
				go.countDown();
				Set<Long> revisions = new TreeSet<>();
				int total = 0;
				for (Future<List<Long>> result : results) {
					List<Long> mine = result.get();
					revisions.addAll(mine);
					total += mine.size();
				}
				assertEquals(writers * perWriter, total);
				assertEquals(total, revisions.size(), "no revision given twice");
				assertEquals(1L, revisions.iterator().next());
				assertEquals((long) total, ((TreeSet<Long>) revisions).last(), "no gap");
			} finally {
				threads.shutdownNow();
			}
			JsonNode all = fixture.client.get("/workspaces/ws1/changes?since=0&limit=1000", token).body();
			assertEquals(writers * perWriter, all.get("changeSets").size());
			for (int i = 0; i < all.get("changeSets").size(); i++) {
				assertEquals(i + 1, all.get("changeSets").get(i).get("revision").asLong());
			}
		}
	}

	/** As a client does: push on the head it knows; when behind, learn the head and push again. */
	private static long pushUntilAccepted(TestClient client, String token) {
		long base = client.get("/workspaces/ws1/changes?since=0&limit=1", token).body().get("head").asLong();
		JsonNode changeSet = Fixture.changeSet(base, "S");
		while (true) {
			Answer answer = client.post("/workspaces/ws1/changes", token, changeSet);
			if (answer.status() == 201) {
				return answer.body().get("revision").asLong();
			}
			if (answer.status() != 409) {
				throw new AssertionError(answer.status() + " " + answer.body());
			}
			((com.fasterxml.jackson.databind.node.ObjectNode) changeSet).put("baseRevision", answer.body().get("head").asLong());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void passwordsAndTokensAreNotStoredReadably(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String token = fixture.client.token("carla", Fixture.PASSWORD);
			fixture.client.post("/workspaces/ws1/changes", token, Fixture.changeSet(0, "ERP"));
			String payload = token.split("\\.")[1];
			String signature = token.split("\\.")[2];
			List<String> forbidden = List.of(Fixture.PASSWORD, token, payload, signature);

			String everything = allTables(fixture.storage);
			assertTrue(everything.contains("ERP"), "the scan does see stored data");
			for (String secret : forbidden) {
				assertFalse(everything.contains(secret), "a table holds a password or token");
			}
			if (backend == Backend.H2) {
				fixture.server.stop();
				fixture.storage.close();
				fixture.storage = null;
				fixture.server = null;
				for (Path file : files(fixture.database.directory())) {
					String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
					for (String secret : forbidden) {
						assertFalse(text.contains(secret), file + " holds a password or token");
					}
				}
			}
		}
	}

	private static String allTables(JdbcStorage storage) {
		return storage.run(connection -> {
			StringBuilder all = new StringBuilder();
			for (String table : tables(connection)) {
				try (Statement statement = connection.createStatement();
						ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
					int columns = rows.getMetaData().getColumnCount();
					while (rows.next()) {
						for (int c = 1; c <= columns; c++) {
							all.append(rows.getString(c)).append('\n');
						}
					}
				}
			}
			return all.toString();
		});
	}

	private static List<String> tables(Connection connection) throws java.sql.SQLException {
		List<String> tables = new ArrayList<>();
		try (ResultSet rows = connection.getMetaData().getTables(null, null, "%", new String[] { "TABLE" })) {
			while (rows.next()) {
				String schema = rows.getString("TABLE_SCHEM");
				if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema) && !"pg_catalog".equals(schema)) {
					tables.add(schema + "." + rows.getString("TABLE_NAME"));
				}
			}
		}
		if (tables.size() < 7) {
			throw new AssertionError("expected the server's 7 tables, found " + tables);
		}
		return tables;
	}

	private static List<Path> files(Path directory) throws IOException {
		try (Stream<Path> walk = Files.walk(directory)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}
}
