package io.cartograph.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.cartograph.core.model.ModelFile;
import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;

/** Putting a workspace on a team server, and starting a workspace from one. */
public final class TeamWorkspaces {

	private TeamWorkspaces() {
	}

	/**
	 * Creates the workspace on the server from this workspace's saved model (administrators
	 * only). Change sets recorded here before are in the snapshot, so they are no longer pending.
	 */
	public static void share(TeamServer server, String workspaceId, Workspace workspace) {
		try {
			workspace.model().save();
			server.createWorkspace(workspaceId, workspace.name(), Snapshot.of(workspace, 0));
		} catch (IOException e) {
			throw new SyncException("The workspace " + workspace.name() + " could not be saved for sharing: "
					+ e.getMessage(), e);
		}
		PendingChangeSets queue = PendingChangeSets.in(workspace.store());
		queue.replacePending(List.of());
		queue.setLastPulled(server.uri().toString(), workspaceId, 0);
	}

	/**
	 * Creates a workspace in a new or empty folder from the server's latest snapshot, ready to
	 * pull what came after it, and returns it opened.
	 */
	public static Workspace join(TeamServer server, String workspaceId, Path folder) {
		Snapshot snapshot = server.snapshot(workspaceId);
		String name = server.workspaces().stream().filter(w -> w.id().equals(workspaceId)).findFirst()
				.map(TeamServer.ServerWorkspace::name).orElse(workspaceId);
		Workspace created = Workspace.create(folder, name);
		Path landscape = created.landscapeFolder();
		created.close();
		try {
			for (ModelFile file : ModelFile.values()) {
				String text = snapshot.files().get(Snapshot.pathOf(file));
				if (text != null) {
					AtomicFiles.writeString(landscape.resolve(file.fileName()), text);
				}
			}
		} catch (IOException e) {
			throw new WorkspaceException("The workspace in " + folder + " was created, but the files from the team "
					+ "server could not be written: " + e.getMessage(), e);
		}
		Workspace workspace = Workspace.open(folder);
		PendingChangeSets.in(workspace.store()).setLastPulled(server.uri().toString(), workspaceId,
				snapshot.revision());
		return workspace;
	}
}
