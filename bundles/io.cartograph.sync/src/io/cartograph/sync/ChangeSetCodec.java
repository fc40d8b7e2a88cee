package io.cartograph.sync;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Change sets to and from the protocol's JSON. Written field by field rather than by data binding,
 * so that what goes on the wire is exactly what the protocol names: a set to null keeps
 * {@code "value": null}, and fields a kind of change does not have are left out.
 */
public final class ChangeSetCodec {

	static final ObjectMapper MAPPER = new ObjectMapper();
	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private ChangeSetCodec() {
	}

	/** The change set as the server sees it. */
	public static String toJson(ChangeSet changeSet) {
		return write(toNode(changeSet, false));
	}

	/** The change set with what only this client keeps (where deleted objects were). */
	static String toLocalJson(ChangeSet changeSet) {
		return write(toNode(changeSet, true));
	}

	public static ChangeSet fromJson(String json) {
		try {
			return fromNode(MAPPER.readTree(json));
		} catch (IOException e) {
			throw new SyncException("A change set is not readable JSON: " + e.getMessage(), e);
		}
	}

	private static String write(JsonNode node) {
		try {
			return MAPPER.writeValueAsString(node);
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("A JSON tree could not be written", e);
		}
	}

	static ObjectNode toNode(ChangeSet changeSet, boolean local) {
		ObjectNode node = NODES.objectNode();
		node.put("id", changeSet.id());
		node.put("baseRevision", changeSet.baseRevision());
		node.put("summary", changeSet.summary());
		node.put("createdAt", changeSet.createdAt().toString());
		ArrayNode changes = node.putArray("changes");
		changeSet.changes().forEach(change -> changes.add(toNode(change, local)));
		if (changeSet.revision() != null) {
			node.put("revision", changeSet.revision());
		}
		if (changeSet.author() != null) {
			node.put("author", changeSet.author());
		}
		if (changeSet.committedAt() != null) {
			node.put("committedAt", changeSet.committedAt().toString());
		}
		return node;
	}

	static ObjectNode toNode(Change change, boolean local) {
		ObjectNode node = NODES.objectNode();
		ChangeOp op = change.op();
		node.put("op", op.wireName());
		node.put("object", change.object());
		node.put("objectType", change.objectType());
		boolean where = op == ChangeOp.CREATE || (local && op == ChangeOp.DELETE);
		if (op != ChangeOp.DELETE || where) {
			putText(node, "feature", change.feature());
		}
		if (where) {
			putText(node, "container", change.container());
		}
		switch (op) {
			case SET -> {
				node.set("value", orNull(change.value()));
				node.set("old", orNull(change.old()));
			}
			case CREATE, ADD, REMOVE, MOVE -> node.set("value", orNull(change.value()));
			case DELETE -> node.set("old", orNull(change.old()));
		}
		boolean indexed = op == ChangeOp.ADD || op == ChangeOp.MOVE || op == ChangeOp.CREATE
				|| (local && op == ChangeOp.DELETE);
		if (indexed && change.index() != null) {
			node.put("index", change.index());
		}
		return node;
	}

	public static ChangeSet fromNode(JsonNode node) {
		List<Change> changes = new ArrayList<>();
		for (JsonNode change : node.path("changes")) {
			changes.add(changeFromNode(change));
		}
		return new ChangeSet(required(node, "id"), node.path("baseRevision").asLong(),
				node.path("summary").asText(""), instant(node, "createdAt"), changes,
				node.hasNonNull("revision") ? node.get("revision").asLong() : null,
				node.hasNonNull("author") ? node.get("author").asText() : null, instant(node, "committedAt"));
	}

	static Change changeFromNode(JsonNode node) {
		return new Change(ChangeOp.ofWireName(required(node, "op")), required(node, "object"),
				node.path("objectType").asText(null), text(node, "feature"), text(node, "container"),
				node.get("value"), node.get("old"), node.hasNonNull("index") ? node.get("index").asInt() : null);
	}

	private static String required(JsonNode node, String field) {
		if (!node.hasNonNull(field)) {
			throw new SyncException("A change set from the server lacks \"" + field + "\"");
		}
		return node.get(field).asText();
	}

	private static String text(JsonNode node, String field) {
		return node.hasNonNull(field) ? node.get(field).asText() : null;
	}

	private static Instant instant(JsonNode node, String field) {
		return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
	}

	private static void putText(ObjectNode node, String field, String value) {
		if (value != null) {
			node.put(field, value);
		}
	}

	private static JsonNode orNull(JsonNode value) {
		return value == null ? NODES.nullNode() : value;
	}
}
