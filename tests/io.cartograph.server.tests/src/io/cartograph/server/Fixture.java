package io.cartograph.server;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A server on an ephemeral port of localhost over a fresh database, with the users the tests
 * need: admin (ADMINISTRATOR everywhere), carla (CONFIGURATOR in ws1), uma (USER in ws1),
 * otto (no membership). Workspace ws1 exists; ws2 too, with no members.
 */
final class Fixture implements AutoCloseable {

	static final String PASSWORD = "correct horse battery staple 42";
	/** One hash for all: deriving it takes a noticeable fraction of a second by design. */
	private static final String HASH = PasswordHash.create(PASSWORD.toCharArray());

	/** Small, so that the size limit is quick to test. */
	static final long MAX_BODY = 1024 * 1024;

	final Backend.TestDatabase database;
	JdbcStorage storage;
	SyncServer server;
	TestClient client;

	private final UnaryOperator<ServerConfig> configure;
	private final HttpClient http;

	Fixture(Backend backend, Path folder) throws IOException {
		this(backend, folder, UnaryOperator.identity());
	}

	/** With {@code configure} applied to the test server's configuration (OIDC, TLS). */
	Fixture(Backend backend, Path folder, UnaryOperator<ServerConfig> configure) throws IOException {
		this(backend, folder, configure, HttpClient.newHttpClient());
	}

	/** With the client's own HTTP client (one that trusts a test certificate). */
	Fixture(Backend backend, Path folder, UnaryOperator<ServerConfig> configure, HttpClient http) throws IOException {
		this.configure = configure;
		this.http = http;
		database = backend.fresh(folder);
		storage = database.open();
		for (String user : List.of("admin", "carla", "uma", "otto")) {
			storage.addUser(user, HASH);
		}
		storage.setRole("admin", Storage.ALL_WORKSPACES, Role.ADMINISTRATOR);
		start();
		String admin = client.token("admin", PASSWORD);
		for (String id : List.of("ws1", "ws2")) {
			TestClient.Answer created = client.post("/workspaces", admin, TestClient.JSON.createObjectNode().put("id", id)
					.put("name", "Workspace " + id).set("snapshot", snapshot(0, "model.cartograph", "<landscape/>")));
			if (created.status() != 201) {
				throw new AssertionError("cannot create " + id + ": " + created.body());
			}
		}
		storage.setRole("carla", "ws1", Role.CONFIGURATOR);
		storage.setRole("uma", "ws1", Role.USER);
	}

	void start() throws IOException {
		server = SyncServer.start(configure.apply(ServerConfig.defaults().withPort(0).withMaxBodyBytes(MAX_BODY)), storage);
		client = new TestClient(server.uri(), http);
	}

	/** Stops the server and closes the database, then opens both again. */
	void restart() throws IOException {
		server.stop();
		storage.close();
		storage = database.open();
		start();
	}

	static ObjectNode snapshot(long revision, String path, String text) {
		ObjectNode snapshot = TestClient.JSON.createObjectNode().put("revision", revision);
		snapshot.putObject("files").put(path, text);
		return snapshot;
	}

	/** A change set setting the name of one system. */
	static ObjectNode changeSet(String id, long base, String objectType, String value) {
		ObjectNode changeSet = TestClient.JSON.createObjectNode().put("id", id).put("baseRevision", base)
				.put("summary", "Set Name of " + value).put("createdAt", "2026-11-21T10:00:00Z");
		ArrayNode changes = changeSet.putArray("changes");
		changes.addObject().put("op", "set").put("object", UUID.randomUUID().toString()).put("objectType", objectType)
				.put("feature", "name").put("value", value).putNull("old");
		return changeSet;
	}

	static ObjectNode changeSet(long base, String value) {
		return changeSet(UUID.randomUUID().toString(), base, "LandscapeSystem", value);
	}

	@Override
	public void close() {
		if (server != null) {
			server.stop();
		}
		if (storage != null) {
			storage.close();
		}
	}
}
