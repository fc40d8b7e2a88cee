package io.cartograph.ui.sync;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;

/**
 * Which team server and which of its workspaces a local workspace is shared with. Kept in a small
 * file in the workspace folder ({@value #FILE_NAME}), next to the model, so that it moves with the
 * folder: the sync client's store knows the revisions pulled per server, but not which server to
 * ask. Holds no user, password or token.
 */
public record TeamLink(URI server, String workspaceId) {

	public static final String FILE_NAME = "team-server.properties";

	/** The link of a workspace, if it is shared. */
	public static Optional<TeamLink> of(Workspace workspace) {
		Path file = workspace.root().resolve(FILE_NAME);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException e) {
			throw new WorkspaceException("The team server of " + workspace.name() + " cannot be read from " + file + ": "
					+ e.getMessage(), e);
		}
		String server = properties.getProperty("server");
		String id = properties.getProperty("workspace");
		if (server == null || id == null) {
			return Optional.empty();
		}
		return Optional.of(new TeamLink(URI.create(server), id));
	}

	/** Remembers that the workspace is shared through this link. */
	public void save(Workspace workspace) {
		Properties properties = new Properties();
		properties.setProperty("server", server.toString());
		properties.setProperty("workspace", workspaceId);
		StringWriter text = new StringWriter();
		try {
			properties.store(text, "The team server this workspace syncs with (no credentials)");
			AtomicFiles.writeString(workspace.root().resolve(FILE_NAME), text.toString());
		} catch (IOException e) {
			throw new WorkspaceException("The team server of " + workspace.name() + " cannot be remembered: "
					+ e.getMessage(), e);
		}
	}
}
