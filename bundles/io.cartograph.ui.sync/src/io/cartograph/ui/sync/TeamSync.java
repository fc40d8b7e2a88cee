package io.cartograph.ui.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.sync.Merge;
import io.cartograph.sync.SyncClient;
import io.cartograph.sync.SignInNeeded;
import io.cartograph.sync.SyncException;
import io.cartograph.sync.SyncStatus;
import io.cartograph.sync.SyncedFeatures;
import io.cartograph.sync.TeamServer;
import io.cartograph.sync.TeamWorkspaces;

/**
 * Team sync of the open workspace in the workbench: holds the sync client while the workspace is
 * shared (see {@link TeamLink}), and runs every exchange with the server as a job, one at a time,
 * never on the UI thread; the model is read and changed only on the UI thread. The password is
 * handed to the server once and then wiped; the token stays in memory only, so after a restart
 * the user signs in again.
 * <p>
 * Listeners hear every change (another workspace, sign-in, the client's status) on whatever
 * thread made it; views hop to the UI thread.
 */
public final class TeamSync implements AutoCloseable {

	/** The family of every team sync job, for waiting on them and cancelling them. */
	public static final Object JOBS = TeamSync.class;

	/** The client of one shared workspace and the server session behind it. */
	private record Connection(Workspace workspace, TeamLink link, TeamServer server, SyncClient client) {
	}

	private final WorkspaceSession session;
	private final UISynchronize ui;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final Consumer<Workspace> onSwitch;
	private final Consumer<SyncStatus> onStatus = status -> changed();
	private final TeamJobs jobs = new TeamJobs(this::changed);
	private final Job periodic;
	private volatile Connection current;
	private volatile boolean signedIn;
	/** A server session made while joining, for the workspace the join opens. */
	private TeamServer handedOver;
	private volatile Runnable conflictsOpener = () -> {
	};
	private volatile Duration interval = Duration.ZERO;

	public TeamSync(WorkspaceSession session, UISynchronize ui) {
		this.session = session;
		this.ui = ui;
		// The previous store is closed when this is told; follow on the UI thread, where the model lives.
		onSwitch = workspace -> ui.syncExec(() -> follow(workspace));
		periodic = Job.create("Team sync every few minutes", monitor -> {
			if (isShared() && signedIn) {
				syncNow();
			}
			scheduleNextRound();
			return Status.OK_STATUS;
		});
		periodic.setSystem(true);
		session.addListener(onSwitch);
		follow(session.current().orElse(null));
	}

	/** Called on every change; on any thread. */
	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** What opens the Conflicts view when a pull stops with conflicts; run on the UI thread. */
	public void onConflicts(Runnable opener) {
		conflictsOpener = opener;
	}

	/** Opens the Conflicts view (the status bar's click). */
	public void showConflicts() {
		conflictsOpener.run();
	}

	/** A view decided conflicts of the open merge: the others (the status bar) hear it. */
	public void conflictsDecided() {
		changed();
	}

	/** Whether the open workspace is shared on a team server. */
	public boolean isShared() {
		return current != null;
	}

	public boolean isSignedIn() {
		return signedIn;
	}

	/** The server and workspace the open workspace is shared with. */
	public Optional<TeamLink> link() {
		Connection connection = current;
		return connection == null ? Optional.empty() : Optional.of(connection.link());
	}

	/** How sync stands; empty when the open workspace is not shared. */
	public Optional<SyncStatus> status() {
		Connection connection = current;
		return connection == null ? Optional.empty() : Optional.of(connection.client().status().get());
	}

	/** The merge waiting for the user to resolve its conflicts. */
	public Optional<Merge> openMerge() {
		Connection connection = current;
		return connection == null ? Optional.empty() : connection.client().openMerge();
	}

	/** Syncs on its own every {@code every}; zero switches it off. */
	public void syncEvery(Duration every) {
		interval = every;
		periodic.cancel();
		scheduleNextRound();
	}

	private void scheduleNextRound() {
		Duration every = interval;
		if (!every.isZero() && !every.isNegative()) {
			periodic.schedule(every.toMillis());
		}
	}

	/** Signs in to the team server of the open workspace; wipes the password once sent. */
	public Job signIn(String user, char[] password) {
		return run("Sign in to the team server", connection -> {
			try {
				connection.client().login(user, password);
			} finally {
				Arrays.fill(password, '\0');
			}
			signedIn = true;
		});
	}

	/**
	 * Pushes what is pending, pulls and merges what the team pushed; when that stops on
	 * conflicts, the Conflicts view opens with nothing applied.
	 */
	public Job syncNow() {
		return run("Sync with the team server", connection -> {
			connection.client().sync();
			if (connection.client().openMerge().isPresent()) {
				ui.asyncExec(() -> conflictsOpener.run());
			}
		});
	}

	/**
	 * Finishes the open merge once every conflict is resolved: their changes are applied and mine
	 * rebased, in one go; then what is still mine is pushed.
	 */
	public Job applyMerge() {
		return run("Apply the merge", connection -> {
			connection.client().finishMerge();
			connection.client().sync();
		});
	}

	/**
	 * Puts the open workspace on a team server (administrators) and keeps it in sync from then on.
	 */
	public Job share(URI server, String user, char[] password, String workspaceId) {
		Workspace workspace = session.current().orElseThrow(() -> new IllegalStateException("No workspace is open"));
		return schedule("Share the workspace on the team server", () -> {
			TeamServer team = TeamServer.at(server);
			try {
				team.login(user, password);
				// The share saves the model first: that has to happen where the model lives.
				ui.syncExec(() -> TeamWorkspaces.share(team, workspaceId, workspace));
				TeamLink link = new TeamLink(team.uri(), workspaceId);
				link.save(workspace);
				ui.syncExec(() -> connect(workspace, link, team));
				signedIn = true;
				changed();
			} catch (RuntimeException e) {
				team.close();
				throw e;
			} finally {
				Arrays.fill(password, '\0');
			}
		});
	}

	/** Makes a workspace in {@code folder} from the server's latest snapshot and opens it. */
	public Job join(URI server, String user, char[] password, String workspaceId, Path folder) {
		return schedule("Join a workspace from the team server", () -> {
			TeamServer team = TeamServer.at(server);
			try {
				team.login(user, password);
				Workspace joined = TeamWorkspaces.join(team, workspaceId, folder);
				new TeamLink(team.uri(), workspaceId).save(joined);
				ui.syncExec(() -> {
					handedOver = team;
					session.switchTo(joined);
				});
			} catch (RuntimeException e) {
				team.close();
				throw e;
			} finally {
				Arrays.fill(password, '\0');
			}
		});
	}

	private interface Work {
		void run(Connection connection);
	}

	private Job run(String name, Work work) {
		return schedule(name, () -> {
			Connection connection = current;
			if (connection == null) {
				throw new SyncException("The open workspace is not shared on a team server.");
			}
			try {
				work.run(connection);
			} catch (SignInNeeded expired) {
				// The token ran out: the status says "not signed in" until Team > Sign In.
				signedIn = false;
				changed();
				throw expired;
			}
		});
	}

	private Job schedule(String name, Runnable work) {
		return jobs.schedule(name, work);
	}

	private void follow(Workspace workspace) {
		Connection previous = current;
		if (previous != null && previous.workspace() == workspace) {
			return;
		}
		disconnect();
		TeamServer team = handedOver;
		handedOver = null;
		Optional<TeamLink> link = workspace == null ? Optional.empty() : TeamLink.of(workspace);
		if (link.isPresent()) {
			// The server session of a join is signed in already, for the workspace it made.
			boolean joined = team != null && team.uri().equals(withSlash(link.get().server()));
			if (!joined) {
				if (team != null) {
					team.close();
				}
				team = TeamServer.at(link.get().server());
			}
			connect(workspace, link.get(), team);
			signedIn = joined;
		} else if (team != null) {
			team.close();
		}
		changed();
	}

	private static URI withSlash(URI uri) {
		return uri.toString().endsWith("/") ? uri : URI.create(uri + "/");
	}

	/** On the UI thread: the client starts recording the model's commands. */
	private void connect(Workspace workspace, TeamLink link, TeamServer team) {
		disconnect();
		SyncClient client = SyncClient.start(team, link.workspaceId(), workspace.model(), workspace.store(),
				SyncedFeatures.standard());
		client.changeModelThrough(ui::syncExec);
		client.status().addListener(onStatus);
		current = new Connection(workspace, link, team, client);
	}

	private void disconnect() {
		Connection previous = current;
		current = null;
		signedIn = false;
		if (previous != null) {
			previous.client().status().removeListener(onStatus);
			previous.client().close();
			previous.server().close();
		}
	}

	private void changed() {
		listeners.forEach(Runnable::run);
	}

	/** Stops syncing; pending change sets stay in the workspace's store for the next session. */
	@Override
	public void close() {
		session.removeListener(onSwitch);
		periodic.cancel();
		jobs.cancelAll();
		disconnect();
	}
}
