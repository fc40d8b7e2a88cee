package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.cartograph.server.TestClient.Answer;

/** The HTTP API of the protocol against a real server, on H2 and on PostgreSQL. */
class ServerApiTest {

	@TempDir
	Path folder;

	@ParameterizedTest
	@EnumSource(Backend.class)
	void healthNeedsNoTokenAndNamesTheDatabase(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			Answer health = fixture.client.get("/health", null);
			assertEquals(200, health.status());
			assertEquals("ok", health.body().get("status").asText());
			assertEquals(backend == Backend.H2 ? "h2" : "postgresql", health.body().get("database").asText());
			assertNotNull(health.body().get("version"));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void tokensOnlyForTheRightPassword(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			Answer issued = fixture.client.post("/auth/token", null,
					TestClient.JSON.createObjectNode().put("user", "carla").put("password", Fixture.PASSWORD));
			assertEquals(200, issued.status());
			assertEquals(3, issued.body().get("token").asText().split("\\.").length, "a signed JWT");
			assertNotNull(issued.body().get("expiresAt").asText());

			Answer wrong = fixture.client.post("/auth/token", null,
					TestClient.JSON.createObjectNode().put("user", "carla").put("password", "guess"));
			assertEquals(401, wrong.status());
			assertEquals("bad-credentials", wrong.code());
			Answer unknown = fixture.client.post("/auth/token", null,
					TestClient.JSON.createObjectNode().put("user", "nobody").put("password", Fixture.PASSWORD));
			assertEquals(401, unknown.status());

			Answer anonymous = fixture.client.get("/workspaces", null);
			assertEquals(401, anonymous.status());
			assertTrue(anonymous.response().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void membersSeeOnlyTheirWorkspaces(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			JsonNode carlas = fixture.client.get("/workspaces", fixture.client.token("carla", Fixture.PASSWORD)).body();
			assertEquals(1, carlas.size());
			assertEquals("ws1", carlas.get(0).get("id").asText());
			assertEquals("CONFIGURATOR", carlas.get(0).get("role").asText());
			assertEquals(0, carlas.get(0).get("head").asLong());

			String otto = fixture.client.token("otto", Fixture.PASSWORD);
			assertEquals(0, fixture.client.get("/workspaces", otto).body().size());
			assertEquals(403, fixture.client.get("/workspaces/ws1/snapshot", otto).status());
			assertEquals(403, fixture.client.get("/workspaces/ws1/changes?since=0", otto).status());
			assertEquals(403, fixture.client.post("/workspaces/ws1/changes", otto, Fixture.changeSet(0, "ERP")).status());
			assertEquals(404, fixture.client.get("/workspaces/nothing/snapshot", otto).status());

			JsonNode admins = fixture.client.get("/workspaces", fixture.client.token("admin", Fixture.PASSWORD)).body();
			assertEquals(2, admins.size(), "ADMINISTRATOR on '*' sees every workspace");
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void rolesAreCheckedOnEveryRequest(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String uma = fixture.client.token("uma", Fixture.PASSWORD);
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			Answer userPush = fixture.client.post("/workspaces/ws1/changes", uma, Fixture.changeSet(0, "ERP"));
			assertEquals(403, userPush.status());
			assertEquals(403, fixture.client.put("/workspaces/ws1/snapshot", uma, Fixture.snapshot(0, "a", "b")).status());
			assertEquals(200, fixture.client.get("/workspaces/ws1/snapshot", uma).status(), "a USER reads");

			Answer dataSource = fixture.client.post("/workspaces/ws1/changes", carla,
					Fixture.changeSet(java.util.UUID.randomUUID().toString(), 0, "DataSource", "CPI_PRD"));
			assertEquals(403, dataSource.status(), "data sources are the administrator's");
			assertEquals(403, fixture.client.get("/workspaces/ws1/members", carla).status());
			assertEquals(403, fixture.client.post("/workspaces", carla,
					TestClient.JSON.createObjectNode().put("id", "ws3").put("name", "3")).status());

			String admin = fixture.client.token("admin", Fixture.PASSWORD);
			assertEquals(201, fixture.client.post("/workspaces/ws1/changes", admin,
					Fixture.changeSet(java.util.UUID.randomUUID().toString(), 0, "DataSource", "CPI_PRD")).status());
			assertEquals(200, fixture.client.put("/workspaces/ws1/members/uma", admin,
					TestClient.JSON.createObjectNode().put("role", "CONFIGURATOR")).status());
			assertEquals(201, fixture.client.post("/workspaces/ws1/changes", uma, Fixture.changeSet(1, "ERP")).status(),
					"the new role counts from the next request on, with the same token");
			JsonNode members = fixture.client.get("/workspaces/ws1/members", admin).body();
			assertEquals("[{\"user\":\"carla\",\"role\":\"CONFIGURATOR\"},{\"user\":\"uma\",\"role\":\"CONFIGURATOR\"}]",
					members.toString());

			assertEquals(200, fixture.client.put("/workspaces/ws1/members/uma", admin,
					TestClient.JSON.createObjectNode().put("role", "NONE")).status());
			assertEquals(403, fixture.client.get("/workspaces/ws1/snapshot", uma).status(), "taken away at once");
			assertEquals(0, fixture.client.get("/workspaces", uma).body().size());
			assertEquals(400, fixture.client.put("/workspaces/ws1/members/uma", admin,
					TestClient.JSON.createObjectNode().put("role", "KING")).status());
			assertEquals(404, fixture.client.put("/workspaces/ws1/members/nobody", admin,
					TestClient.JSON.createObjectNode().put("role", "USER")).status());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void pushAppendsGaplessRevisionsOnceEach(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			JsonNode first = Fixture.changeSet(0, "ERP_PRD");
			Answer pushed = fixture.client.post("/workspaces/ws1/changes", carla, first);
			assertEquals(201, pushed.status());
			assertEquals(1, pushed.body().get("revision").asLong());

			Answer again = fixture.client.post("/workspaces/ws1/changes", carla, first);
			assertEquals(200, again.status(), "a retried push");
			assertEquals(1, again.body().get("revision").asLong());
			assertTrue(again.body().get("duplicate").asBoolean());

			Answer behind = fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(0, "CRM"));
			assertEquals(409, behind.status());
			assertEquals("behind", behind.code());
			assertEquals(1, behind.body().get("head").asLong());

			assertEquals(2, fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(1, "CRM")).body()
					.get("revision").asLong());
			JsonNode pulled = fixture.client.get("/workspaces/ws1/changes?since=0", carla).body();
			assertEquals(2, pulled.get("head").asLong());
			assertFalse(pulled.get("more").asBoolean());
			JsonNode stored = pulled.get("changeSets").get(0);
			assertEquals(first.get("id"), stored.get("id"));
			assertEquals(first.get("changes"), stored.get("changes"), "changes come back as pushed");
			assertEquals(1, stored.get("revision").asLong());
			assertEquals("carla", stored.get("author").asText(), "the author is the token's user");
			assertNotNull(java.time.Instant.parse(stored.get("committedAt").asText()));
			assertEquals(2, pulled.get("changeSets").get(1).get("revision").asLong());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void pullPagesThroughTheLog(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			for (int revision = 0; revision < 7; revision++) {
				assertEquals(201, fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(revision, "S" + revision))
						.status());
			}
			List<Long> seen = new ArrayList<>();
			long since = 0;
			boolean more = true;
			int pages = 0;
			while (more) {
				JsonNode page = fixture.client.get("/workspaces/ws1/changes?since=" + since + "&limit=3", carla).body();
				assertEquals(7, page.get("head").asLong());
				for (JsonNode changeSet : page.get("changeSets")) {
					seen.add(changeSet.get("revision").asLong());
				}
				since = seen.get(seen.size() - 1);
				more = page.get("more").asBoolean();
				pages++;
			}
			assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), seen);
			assertEquals(3, pages);
			assertEquals(400, fixture.client.get("/workspaces/ws1/changes?since=-1", carla).status());
			assertEquals(400, fixture.client.get("/workspaces/ws1/changes?limit=100000", carla).status());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void snapshotsCompactTheLog(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			JsonNode initial = fixture.client.get("/workspaces/ws1/snapshot", carla).body();
			assertEquals(0, initial.get("revision").asLong());
			assertEquals("<landscape/>", initial.get("files").get("model.cartograph").asText());

			fixture.client.post("/workspaces/ws1/changes", carla, Fixture.changeSet(0, "ERP"));
			assertEquals(400, fixture.client.put("/workspaces/ws1/snapshot", carla, Fixture.snapshot(5, "m", "x")).status(),
					"not beyond the head");
			assertEquals(200, fixture.client.put("/workspaces/ws1/snapshot", carla,
					Fixture.snapshot(1, "model.cartograph", "<landscape name='ERP'/>")).status());
			JsonNode latest = fixture.client.get("/workspaces/ws1/snapshot", carla).body();
			assertEquals(1, latest.get("revision").asLong());
			assertEquals("<landscape name='ERP'/>", latest.get("files").get("model.cartograph").asText());
		}
	}

	@ParameterizedTest
	@EnumSource(Backend.class)
	void badRequestsGetClearJsonErrors(Backend backend) throws Exception {
		try (Fixture fixture = new Fixture(backend, folder)) {
			String carla = fixture.client.token("carla", Fixture.PASSWORD);
			Answer broken = fixture.client.post("/workspaces/ws1/changes", carla, "{not json");
			assertEquals(400, broken.status());
			assertEquals("bad-json", broken.code());
			assertNotNull(broken.body().get("error").asText());
			Answer noBase = fixture.client.post("/workspaces/ws1/changes", carla, "{\"id\":\"x\",\"changes\":[]}");
			assertEquals(400, noBase.status());
			Answer untyped = fixture.client.post("/workspaces/ws1/changes", carla, "{\"id\":\"y\",\"baseRevision\":0,"
					+ "\"changes\":[{\"op\":\"set\",\"object\":\"u1\",\"feature\":\"url\",\"value\":\"x\"}]}");
			assertEquals(400, untyped.status(), "without objectType the role check could be dodged");
			assertEquals(404, fixture.client.get("/workspaces/a%2Fb/snapshot", carla).status());
			assertEquals(404, fixture.client.get("/nothing", carla).status());
			assertEquals(405, fixture.client.put("/workspaces", carla, "{}").status());
			String huge = "{\"id\":\"x\",\"baseRevision\":0,\"changes\":[],\"summary\":\"" + "x".repeat((int) Fixture.MAX_BODY) + "\"}";
			Answer tooLarge = fixture.client.post("/workspaces/ws1/changes", carla, huge);
			assertEquals(413, tooLarge.status());
			assertEquals("too-large", tooLarge.code());
		}
	}
}
