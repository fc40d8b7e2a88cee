package io.cartograph.server;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the team server keeps: users, workspaces, memberships, the log of change sets and
 * snapshots. Implementations are safe to share between threads and between server instances on
 * one database; change set and snapshot texts are JSON the storage does not interpret.
 */
public interface Storage extends AutoCloseable {

	/** The membership on this pseudo-workspace applies to every workspace (server administrators). */
	String ALL_WORKSPACES = "*";

	/** "h2" or "postgresql", as the health endpoint reports it. */
	String databaseName();

	/** Whether the database answers. */
	boolean healthy();

	// users

	/** Adds a user; false when the name is taken. */
	boolean addUser(String name, String passwordHash);

	void setPasswordHash(String name, String passwordHash);

	Optional<String> passwordHash(String name);

	boolean userExists(String name);

	List<User> users();

	/** Gives {@code user} the role in the workspace (or {@link #ALL_WORKSPACES}); replaces an earlier one. */
	void setRole(String user, String workspace, Role role);

	/** Takes the user's membership of the workspace (or {@link #ALL_WORKSPACES}) away; false when there was none. */
	boolean removeRole(String user, String workspace);

	/** The user's role in the workspace: the direct membership, else the one on all workspaces. */
	Optional<Role> role(String user, String workspace);

	/** Members of one workspace by name (direct memberships only). */
	Map<String, Role> members(String workspace);

	// workspaces

	/** Creates the workspace with its first snapshot (revision 0); false when the id is taken. */
	boolean createWorkspace(String id, String name, String snapshotJson);

	Optional<Workspace> workspace(String id);

	/** The workspaces the user may see with the role there, ordered by id. */
	List<Workspace> workspacesOf(String user);

	// the log

	/**
	 * Appends a change set as revision head + 1 in one transaction, unless its id is already
	 * committed (then nothing changes) or {@code baseRevision < head} (the client is behind).
	 *
	 * @param render turns the assigned revision and commit time into the stored JSON text
	 */
	Appended append(String workspace, String id, String author, long baseRevision, Rendering render);

	/** Change set texts with revision > {@code since}, ascending, at most {@code limit}. */
	List<String> changeSetsAfter(String workspace, long since, int limit);

	/** Stores a snapshot of the workspace at {@code revision} (0..head); replaces one there. */
	void putSnapshot(String workspace, long revision, String snapshotJson);

	/** The snapshot with the highest revision. */
	Optional<String> latestSnapshot(String workspace);

	/** The key the server signs its tokens with, created once on first use and shared by all instances. */
	byte[] signingKey();

	@Override
	void close();

	/** A user and the workspaces they were given. */
	record User(String name, Instant created, Map<String, Role> roles) {
	}

	/** A workspace; {@code role} is the caller's where the call was for a user, else null. */
	record Workspace(String id, String name, long head, Role role) {
	}

	/** Renders the stored text of a change set once its revision is known. */
	@FunctionalInterface
	interface Rendering {
		String render(long revision, Instant committedAt);
	}

	/** The outcome of {@link Storage#append}. */
	record Appended(Outcome outcome, long revision, long head) {
		public enum Outcome { APPENDED, DUPLICATE, BEHIND, BASE_AHEAD, NO_WORKSPACE, ID_IN_OTHER_WORKSPACE }
	}
}
