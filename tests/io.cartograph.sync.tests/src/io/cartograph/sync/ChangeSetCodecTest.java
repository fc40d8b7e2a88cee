package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

class ChangeSetCodecTest {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void changeSetHasExactlyTheFieldsOfTheProtocol() throws Exception {
		ObjectNode attributes = NODES.objectNode().put("name", "ERP_PRD");
		ChangeSet changeSet = new ChangeSet("id-1", 7, "Add ERP_PRD", Instant.parse("2026-01-02T03:04:05Z"),
				List.of(Change.create("u-1", "LandscapeSystem", "systems", "u-root", attributes, 2)), null, null, null);

		JsonNode json = ChangeSetCodec.MAPPER.readTree(ChangeSetCodec.toJson(changeSet));

		assertEquals(Set.of("id", "baseRevision", "summary", "createdAt", "changes"), names(json));
		assertEquals(7, json.get("baseRevision").asLong());
		assertEquals("2026-01-02T03:04:05Z", json.get("createdAt").asText());
		JsonNode change = json.get("changes").get(0);
		assertEquals(Set.of("op", "object", "objectType", "feature", "container", "value", "index"), names(change));
		assertEquals("create", change.get("op").asText());
		assertEquals("ERP_PRD", change.get("value").get("name").asText());
	}

	@Test
	void setToNothingKeepsAJsonNullValue() throws Exception {
		Change set = Change.set("u-1", "Interface", "sender", NODES.nullNode(), NODES.textNode("u-2"));
		ChangeSet changeSet = ChangeSet.of(0, "Change sender", List.of(set));

		JsonNode change = ChangeSetCodec.MAPPER.readTree(ChangeSetCodec.toJson(changeSet)).get("changes").get(0);

		assertTrue(change.has("value") && change.get("value").isNull(), change.toString());
		assertEquals("u-2", change.get("old").asText());
		assertFalse(change.has("index"));
		assertFalse(change.has("container"));
	}

	@Test
	void whereADeletedObjectWasStaysOnThisClient() throws Exception {
		Change delete = Change.delete("u-1", "LandscapeSystem", NODES.objectNode().put("name", "HR"), "u-root",
				"systems", 3);
		ChangeSet changeSet = ChangeSet.of(4, "Delete HR", List.of(delete));

		JsonNode wire = ChangeSetCodec.MAPPER.readTree(ChangeSetCodec.toJson(changeSet)).get("changes").get(0);
		assertEquals(Set.of("op", "object", "objectType", "old"), names(wire));

		ChangeSet local = ChangeSetCodec.fromJson(ChangeSetCodec.toLocalJson(changeSet));
		assertEquals(changeSet, local);
		assertEquals("u-root", local.changes().get(0).container());
		assertEquals(3, local.changes().get(0).index());
	}

	@Test
	void whatTheServerSetsIsReadBack() {
		String json = """
				{"id":"c-9","baseRevision":3,"summary":"Change name of ERP","createdAt":"2026-01-01T00:00:00Z",
				 "changes":[{"op":"move","object":"u-1","objectType":"Landscape","feature":"systems","value":"u-5","index":0},
				            {"op":"remove","object":"u-6","objectType":"Interface","feature":"tags","value":"u-7"}],
				 "revision":4,"author":"anna","committedAt":"2026-01-01T00:00:01Z"}""";

		ChangeSet changeSet = ChangeSetCodec.fromJson(json);

		assertEquals(4L, changeSet.revision());
		assertEquals("anna", changeSet.author());
		assertEquals(Instant.parse("2026-01-01T00:00:01Z"), changeSet.committedAt());
		assertEquals(ChangeOp.MOVE, changeSet.changes().get(0).op());
		assertEquals(0, changeSet.changes().get(0).index());
		assertEquals("u-7", changeSet.changes().get(1).value().asText());
		assertEquals(changeSet, ChangeSetCodec.fromJson(ChangeSetCodec.toJson(changeSet)));
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.fieldNames().forEachRemaining(names::add);
		return names;
	}
}
