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
