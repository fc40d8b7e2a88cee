package io.cartograph.sync;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** The change sets of one workspace on the server: pushing one, and reading them page by page. */
final class ServerChangeLog {

	static final int PAGE = 200;

	private final ServerConnection server;
	private final String path;

	ServerChangeLog(ServerConnection server, String workspaceId) {
		this.server = server;
		this.path = TeamServer.workspacePath(workspaceId) + "/changes";
	}

	ServerConnection.Reply push(ChangeSet changeSet) throws IOException {
		return server.post(path, ChangeSetCodec.toJson(changeSet));
	}

	/**
	 * Adds the change sets after revision {@code since} to {@code into}, following the pages.
	 *
	 * @return the server's head
	 */
	long fetch(long since, List<ChangeSet> into) throws IOException {
		long after = since;
		while (true) {
			ServerConnection.Reply reply = server.get(path + "?since=" + after + "&limit=" + PAGE);
			if (reply.status() != 200) {
				throw SignInNeeded.refusal("the pull", reply);
			}
			for (JsonNode node : reply.body().path("changeSets")) {
				ChangeSet changeSet = ChangeSetCodec.fromNode(node);
				into.add(changeSet);
				after = changeSet.revision() == null ? after : changeSet.revision();
			}
			if (!reply.body().path("more").asBoolean(false)) {
				return Math.max(after, reply.body().path("head").asLong(after));
			}
		}
	}
}
