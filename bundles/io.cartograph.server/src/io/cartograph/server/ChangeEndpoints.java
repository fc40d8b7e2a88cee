package io.cartograph.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cartograph.server.Storage.Appended;
import io.cartograph.server.Storage.Workspace;

/** Push (append a change set) and pull (change sets after a revision, in pages). */
final class ChangeEndpoints {

	static final List<String> OPERATIONS = List.of("create", "delete", "set", "add", "remove", "move");
	static final int DEFAULT_PAGE = 200;
	static final int LARGEST_PAGE = 1000;

	private final Storage storage;
	private final Access access;

	ChangeEndpoints(Storage storage, Access access) {
		this.storage = storage;
		this.access = access;
	}

	void register(Router router) {
		router.signedIn("POST", "/workspaces/{id}/changes", this::push)
				.signedIn("GET", "/workspaces/{id}/changes", this::pull);
	}

	private void push(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.CONFIGURATOR);
		JsonNode body = call.body();
		if (!body.isObject()) {
			throw HttpProblem.badRequest("A change set is a JSON object");
		}
		String id = WorkspaceEndpoints.text(body, "id");
		if (id == null || id.isBlank() || id.length() > 100) {
			throw HttpProblem.badRequest("A change set needs an \"id\" (its UUID) of at most 100 characters");
		}
		JsonNode base = body.get("baseRevision");
		if (base == null || !base.canConvertToLong() || base.asLong() < 0) {
			throw HttpProblem.badRequest("A change set needs \"baseRevision\", the revision it was made on");
		}
		JsonNode changes = body.get("changes");
		if (changes == null || !changes.isArray()) {
			throw HttpProblem.badRequest("A change set needs \"changes\": [...]");
		}
		for (JsonNode change : changes) {
			String type = WorkspaceEndpoints.text(change, "objectType");
			String object = WorkspaceEndpoints.text(change, "object");
			if (!OPERATIONS.contains(WorkspaceEndpoints.text(change, "op")) || type == null || type.isBlank() || object == null
					|| object.isBlank()) {
				// The role check goes by objectType: a change without one cannot be checked.
				throw HttpProblem.badRequest("Each change needs \"op\" (" + String.join(", ", OPERATIONS)
						+ "), \"object\" and \"objectType\"");
			}
			if (Access.administered(type) && !workspace.role().includes(Role.ADMINISTRATOR)) {
				throw HttpProblem.forbidden("Changes to " + type + " objects need the role ADMINISTRATOR; you have "
						+ workspace.role());
			}
		}
		ObjectNode stored = ((ObjectNode) body).deepCopy();
		Appended appended = storage.append(workspace.id(), id, call.user(), base.asLong(), (revision, committedAt) -> {
			stored.put("revision", revision);
			stored.put("author", call.user());
			stored.put("committedAt", committedAt.toString());
			return stored.toString();
		});
		switch (appended.outcome()) {
		case APPENDED -> call.answer(201, Call.object("revision", appended.revision()));
		case DUPLICATE -> call.answer(200, Call.object("revision", appended.revision(), "duplicate", true));
		case BEHIND -> throw new HttpProblem(409, "behind", "The workspace is at revision " + appended.head()
				+ "; pull, merge, then push again", Map.of("head", appended.head()));
		case BASE_AHEAD -> throw new HttpProblem(409, "base-ahead", "baseRevision " + base.asLong()
				+ " is beyond the head " + appended.head(), Map.of("head", appended.head()));
		case ID_IN_OTHER_WORKSPACE -> throw new HttpProblem(409, "id-taken",
				"A change set with this id was committed to another workspace");
		case NO_WORKSPACE -> throw HttpProblem.notFound("No workspace '" + workspace.id() + "'");
		}
	}

	private void pull(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.USER);
		Map<String, String> query = call.query();
		long since = number(query, "since", 0, Long.MAX_VALUE, 0);
		int limit = (int) number(query, "limit", 1, LARGEST_PAGE, DEFAULT_PAGE);
		List<String> found = storage.changeSetsAfter(workspace.id(), since, limit + 1);
		// Read after the page: revisions only grow, so the head is never below what was returned.
		long head = storage.workspace(workspace.id()).map(Workspace::head).orElse(workspace.head());
		boolean more = found.size() > limit;
		List<String> page = more ? found.subList(0, limit) : found;
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (JsonGenerator json = Call.JSON.createGenerator(bytes)) {
			json.writeStartObject();
			json.writeArrayFieldStart("changeSets");
			for (String changeSet : page) {
				json.writeRawValue(changeSet);
			}
			json.writeEndArray();
			json.writeNumberField("head", head);
			json.writeBooleanField("more", more);
			json.writeEndObject();
		}
		call.answerRaw(200, bytes.toByteArray());
	}

	private static long number(Map<String, String> query, String name, long least, long most, long fallback) {
		String text = query.get(name);
		if (text == null || text.isEmpty()) {
			return fallback;
		}
		try {
			long value = Long.parseLong(text);
			if (value >= least && value <= most) {
				return value;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw HttpProblem.badRequest(name + " must be a whole number from " + least + " to " + most);
	}
}
