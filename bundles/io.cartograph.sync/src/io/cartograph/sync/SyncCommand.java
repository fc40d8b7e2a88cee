package io.cartograph.sync;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.cartograph.core.cli.Arguments;
import io.cartograph.core.cli.CliCommand;
import io.cartograph.core.cli.CliOption;
import io.cartograph.core.cli.UsageException;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.sync.Conflict.Side;
import io.cartograph.sync.SyncClient.PullResult;
import io.cartograph.sync.SyncClient.PushResult;
import io.cartograph.sync.TeamServer.ServerWorkspace;

/**
 * {@code cartograph cli sync --workspace DIR --server URL [--user U --password-env VAR]}: pulls
 * and merges what the team pushed, then pushes what waits here. Contributed to the CLI of core
 * through the extension point {@code io.cartograph.core.cliCommands} (core cannot depend on sync).
 * Passwords and tokens come from environment variables, never from arguments, which end up in
 * shell histories and process lists. Conflicts stop the sync with nothing applied, unless
 * {@code --resolve mine|theirs} says how to resolve them all.
 */
public final class SyncCommand implements CliCommand {

	private static final int ROUNDS = 3;

	private final UnaryOperator<String> environment;

	public SyncCommand() {
		this(System::getenv);
	}

	/** Tests hand in the environment. */
	SyncCommand(UnaryOperator<String> environment) {
		this.environment = environment;
	}

	@Override
	public String name() {
		return "sync";
	}

	@Override
	public String summary() {
		return "Pull and merge the team's changes from a team server, then push this workspace's";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.required("--server", "URL", "the team server, e.g. https://cartograph.example.com/"),
				CliOption.optional("--user", "U", "sign in as this user (with --password-env)"),
				CliOption.optional("--password-env", "VAR", "the environment variable holding the password"),
				CliOption.optional("--token-env", "VAR", "the environment variable holding a token (instead of --user)"),
				CliOption.optional("--server-workspace", "ID",
						"the workspace on the server (default: the one synced before, or the one with this workspace's name)"),
				CliOption.optional("--resolve", "mine|theirs", "resolve every conflict for this side"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		URI uri = uri(arguments.value("--server"));
		Optional<Side> resolve = side(arguments.optionalValue("--resolve"));
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"));
				TeamServer server = TeamServer.at(uri)) {
			signIn(server, arguments);
			String id = serverWorkspace(server, workspace, arguments.optionalValue("--server-workspace"));
			try (SyncClient client = SyncClient.start(server, id, workspace.model(), workspace.store(),
					SyncedFeatures.standard())) {
				int before = client.status().get().pending();
				for (int round = 0; round < ROUNDS; round++) {
					PullResult pulled = client.pull();
					if (pulled == PullResult.CONFLICTS && !resolved(client, resolve, err)) {
						return 1;
					}
					if (pulled == PullResult.OFFLINE) {
						err.println("cartograph: " + client.status().get().problem());
						return 1;
					}
					PushResult pushed = client.push();
					if (pushed == PushResult.OFFLINE) {
						err.println("cartograph: " + client.status().get().problem());
						return 1;
					}
					if (pushed == PushResult.DONE) {
						SyncStatus status = client.status().get();
						out.println("Synced " + workspace.name() + " with " + server.uri() + " (workspace " + id
								+ "): at revision " + status.pulledRevision() + ", pushed "
								+ Math.max(0, before - status.pending()) + " change sets, " + status.pending()
								+ " pending.");
						return 0;
					}
				}
				err.println("cartograph: the team kept pushing while this sync ran; run it again.");
				return 1;
			}
		} catch (SyncException e) {
			err.println("cartograph: " + e.getMessage());
			return 1;
		}
	}

	private void signIn(TeamServer server, Arguments arguments) throws UsageException {
		Optional<String> user = arguments.optionalValue("--user");
		if (user.isPresent()) {
			String variable = arguments.optionalValue("--password-env")
					.orElseThrow(() -> new UsageException("--user needs --password-env VAR"));
			server.login(user.get(), secretFrom(variable).toCharArray());
			return;
		}
		String variable = arguments.optionalValue("--token-env")
				.orElseThrow(() -> new UsageException("give --user U --password-env VAR, or --token-env VAR"));
		server.useToken(secretFrom(variable));
	}

	private String secretFrom(String variable) {
		String value = environment.apply(variable);
		if (value == null || value.isEmpty()) {
			throw new WorkspaceException("The environment variable " + variable + " is not set.");
		}
		return value;
	}

	/** The one given, else the one synced before, else the one named like the workspace, else the only one. */
	private static String serverWorkspace(TeamServer server, Workspace workspace, Optional<String> given) {
		if (given.isPresent()) {
			return given.get();
		}
		List<String> synced = PendingChangeSets.in(workspace.store()).workspacesSyncedWith(server.uri().toString());
		if (synced.size() == 1) {
			return synced.get(0);
		}
		List<ServerWorkspace> offered = server.workspaces();
		List<ServerWorkspace> named = offered.stream().filter(w -> w.name().equals(workspace.name())).toList();
		if (named.size() == 1) {
			return named.get(0).id();
		}
		if (offered.size() == 1) {
			return offered.get(0).id();
		}
		throw new WorkspaceException("Choose the workspace on the server with --server-workspace; it offers: "
				+ offered.stream().map(w -> w.id() + " (" + w.name() + ")").toList());
	}

	private static boolean resolved(SyncClient client, Optional<Side> resolve, PrintStream err) {
		Merge merge = client.openMerge().orElseThrow();
		if (resolve.isEmpty()) {
			err.println("cartograph: " + merge.conflicts().size() + " conflicts; nothing was applied:");
			merge.conflicts().forEach(conflict -> err.println("  " + conflict));
			err.println("Resolve them in Cartograph, or run again with --resolve mine or --resolve theirs.");
			return false;
		}
		merge.resolveAll(resolve.get());
		client.finishMerge();
		return true;
	}

	private static URI uri(String text) throws UsageException {
		try {
			URI uri = new URI(text);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				throw new UsageException("--server: '" + text + "' is not an http(s) address");
			}
			return uri;
		} catch (URISyntaxException e) {
			throw new UsageException("--server: '" + text + "' is not an address");
		}
	}

	private static Optional<Side> side(Optional<String> text) throws UsageException {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		return switch (text.get().toLowerCase(Locale.ROOT)) {
			case "mine" -> Optional.of(Side.MINE);
			case "theirs" -> Optional.of(Side.THEIRS);
			default -> throw new UsageException("--resolve takes mine or theirs, not '" + text.get() + "'");
		};
	}
}
