package io.cartograph.sync;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A team server as this client sees it: where it is, the token to use with it, and the
 * workspaces the signed-in user was given. The password is sent once and not kept; the token is
 * kept in memory only.
 */
public final class TeamServer implements AutoCloseable {

	/** A workspace on the server, as {@code GET /workspaces} lists it. */
	public record ServerWorkspace(String id, String name, String role, long head) {
	}

	private final ServerConnection connection;

	private TeamServer(URI uri) {
		connection = new ServerConnection(uri.toString().endsWith("/") ? uri : URI.create(uri + "/"));
	}

	public static TeamServer at(URI uri) {
		return new TeamServer(uri);
	}

	/** The server's address, always ending in "/". */
	public URI uri() {
		return connection.server();
	}

	/**
	 * Asks the server for a token for this user.
	 *
	 * @throws SyncException when the server cannot be reached or refuses the sign-in
	 */
	public void login(String user, char[] password) {
		ObjectNode request = ChangeSetCodec.MAPPER.createObjectNode();
		request.put("user", user);
		request.put("password", new String(password));
		ServerConnection.Reply reply;
		try {
			reply = connection.post("auth/token", request.toString());
		} catch (IOException e) {
			throw unreachable(e);
		}
		if (reply.status() != 200 || !reply.body().hasNonNull("token")) {
			throw new SyncException("The team server refused the sign-in of " + user + ": " + reply.error());
		}
		connection.useToken(reply.body().get("token").asText());
	}

	/** Uses a token obtained elsewhere (an external identity provider). */
	public void useToken(String token) {
		connection.useToken(token);
	}

	/** The workspaces the signed-in user may sync. */
	public List<ServerWorkspace> workspaces() {
		ServerConnection.Reply reply;
		try {
			reply = connection.get("workspaces");
		} catch (IOException e) {
			throw unreachable(e);
		}
		if (reply.status() != 200) {
			throw new SyncException("The team server refused the list of workspaces: " + reply.error());
		}
		List<ServerWorkspace> workspaces = new ArrayList<>();
		for (JsonNode node : reply.body()) {
			workspaces.add(new ServerWorkspace(node.path("id").asText(), node.path("name").asText(),
					node.path("role").asText(), node.path("head").asLong()));
		}
		return workspaces;
	}

	/** The latest snapshot of a workspace on the server. */
	public Snapshot snapshot(String workspaceId) {
		ServerConnection.Reply reply = call(() -> connection.get(workspacePath(workspaceId) + "/snapshot"));
		if (reply.status() != 200) {
			throw new SyncException("The team server has no snapshot of " + workspaceId + " for you: " + reply.error());
		}
		return Snapshot.fromJson(reply.body());
	}

	/** Creates a workspace on the server from a snapshot (revision 0); administrators only. */
	public void createWorkspace(String workspaceId, String name, Snapshot snapshot) {
		ObjectNode request = ChangeSetCodec.MAPPER.createObjectNode();
		request.put("id", workspaceId);
		request.put("name", name);
		request.set("snapshot", snapshot.toJson());
		ServerConnection.Reply reply = call(() -> connection.post("workspaces", request.toString()));
		if (reply.status() != 201) {
			throw new SyncException("The team server did not create the workspace " + workspaceId + ": " + reply.error());
		}
	}

	/** Stores a newer snapshot, so that newcomers need not pull the whole history. */
	public void putSnapshot(String workspaceId, Snapshot snapshot) {
		ServerConnection.Reply reply = call(
				() -> connection.put(workspacePath(workspaceId) + "/snapshot", snapshot.toJson().toString()));
		if (reply.status() != 200 && reply.status() != 201 && reply.status() != 204) {
			throw new SyncException("The team server did not take the snapshot: " + reply.error());
		}
	}

	private interface Call {
		ServerConnection.Reply send() throws IOException;
	}

	private ServerConnection.Reply call(Call call) {
		try {
			return call.send();
		} catch (IOException e) {
			throw unreachable(e);
		}
	}

	static String workspacePath(String workspaceId) {
		return "workspaces/" + java.net.URLEncoder.encode(workspaceId, java.nio.charset.StandardCharsets.UTF_8);
	}

	SyncException unreachable(IOException e) {
		return new SyncException("The team server " + uri() + " cannot be reached: " + e.getMessage(), e);
	}

	ServerConnection connection() {
		return connection;
	}

	@Override
	public void close() {
		connection.close();
	}
}
