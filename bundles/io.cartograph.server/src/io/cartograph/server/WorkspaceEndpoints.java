package io.cartograph.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.cartograph.server.Storage.Workspace;

/** Listing and creating workspaces, their snapshots and their members. */
final class WorkspaceEndpoints {

	/** The role that takes a membership away. */
	static final String NO_ROLE = "NONE";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

	private final Storage storage;
	private final Access access;

	WorkspaceEndpoints(Storage storage, Access access) {
		this.storage = storage;
		this.access = access;
	}

	void register(Router router) {
		router.signedIn("GET", "/workspaces", this::list)
				.signedIn("POST", "/workspaces", this::create)
				.signedIn("GET", "/workspaces/{id}/snapshot", this::snapshot)
				.signedIn("PUT", "/workspaces/{id}/snapshot", this::putSnapshot)
				.signedIn("GET", "/workspaces/{id}/members", this::members)
				.signedIn("PUT", "/workspaces/{id}/members/{user}", this::putMember);
	}

	private void list(Call call) throws IOException {
		List<Map<String, Object>> found = new ArrayList<>();
		for (Workspace workspace : storage.workspacesOf(call.user())) {
			found.add(Call.object("id", workspace.id(), "name", workspace.name(), "role", workspace.role().name(), "head",
					workspace.head()));
		}
		call.answer(200, found);
	}

	private void create(Call call) throws IOException {
		access.requireServerAdministrator(call);
		JsonNode body = call.body();
		String id = text(body, "id");
		if (id == null || !ID.matcher(id).matches()) {
			throw HttpProblem.badRequest("id must be 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		String name = text(body, "name");
		JsonNode snapshot = body.get("snapshot");
		ObjectNode stored = snapshot != null && snapshot.isObject() ? (ObjectNode) snapshot.deepCopy() : Call.JSON.createObjectNode();
		if (!stored.has("files")) {
			stored.putObject("files");
		}
		checkFiles(stored);
		stored.put("revision", 0);
		if (!storage.createWorkspace(id, name == null || name.isBlank() ? id : name, stored.toString())) {
			throw new HttpProblem(409, "exists", "A workspace with id '" + id + "' exists already");
		}
		call.answer(201, Call.object("id", id, "head", 0));
	}

	private void snapshot(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.USER);
		String snapshot = storage.latestSnapshot(workspace.id())
				.orElseThrow(() -> HttpProblem.notFound("Workspace '" + workspace.id() + "' has no snapshot"));
		call.answerRaw(200, snapshot.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private void putSnapshot(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.CONFIGURATOR);
		JsonNode body = call.body();
		JsonNode revision = body.get("revision");
		if (revision == null || !revision.canConvertToLong() || revision.asLong() < 0 || revision.asLong() > workspace.head()) {
			throw HttpProblem.badRequest("revision must be a whole number from 0 to the head, " + workspace.head());
		}
		if (!body.isObject()) {
			throw HttpProblem.badRequest("A snapshot is a JSON object");
		}
		checkFiles((ObjectNode) body);
		storage.putSnapshot(workspace.id(), revision.asLong(), body.toString());
		call.answer(200, Call.object("revision", revision.asLong()));
	}

	private static void checkFiles(ObjectNode snapshot) {
		JsonNode files = snapshot.get("files");
		if (files == null || !files.isObject()) {
			throw HttpProblem.badRequest("A snapshot needs \"files\": {\"path\": \"text\", ...}");
		}
		for (var entry : files.properties()) {
			if (!entry.getValue().isTextual()) {
				throw HttpProblem.badRequest("The file '" + entry.getKey() + "' of the snapshot is not text");
			}
		}
	}

	private void members(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.ADMINISTRATOR);
		List<Map<String, Object>> found = new ArrayList<>();
		storage.members(workspace.id()).forEach((user, role) -> found.add(Call.object("user", user, "role", role.name())));
		call.answer(200, found);
	}

	private void putMember(Call call) throws IOException {
		Workspace workspace = access.require(call, Role.ADMINISTRATOR);
		String user = call.parameter("user");
		String text = text(call.body(), "role");
		if (!storage.userExists(user)) {
			throw HttpProblem.notFound("No user named '" + user + "'; add one with cli server-users add");
		}
		if (NO_ROLE.equalsIgnoreCase(text)) {
			storage.removeRole(user, workspace.id());
			call.answer(200, Call.object("user", user, "role", NO_ROLE));
			return;
		}
		Role role = Role.parse(text)
				.orElseThrow(() -> HttpProblem.badRequest("role must be USER, CONFIGURATOR, ADMINISTRATOR or NONE"));
		storage.setRole(user, workspace.id(), role);
		call.answer(200, Call.object("user", user, "role", role.name()));
	}

	static String text(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value != null && value.isTextual() ? value.asText() : null;
	}
}
