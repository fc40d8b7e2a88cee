package io.cartograph.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cartograph.server.Storage.User;

/**
 * {@code cartograph cli server-users add NAME [--password-env VAR | --external] | list | role NAME WORKSPACE ROLE}:
 * the server's users and what they may do. Works on the database directly, also while the server runs.
 */
final class UsersCommand implements ServerApplication.ServerCommand {

	private final InputStream input;
	private final Function<String, String> environment;

	UsersCommand() {
		this(System.in, System::getenv);
	}

	/** Tests hand in what the user would type and the environment. */
	UsersCommand(InputStream input, Function<String, String> environment) {
		this.input = input;
		this.environment = environment;
	}

	@Override
	public String usage() {
		return """
				Usage: cartograph cli server-users add NAME [--password-env VAR | --external] %1$s
				       cartograph cli server-users list %1$s
				       cartograph cli server-users role NAME WORKSPACE ROLE %1$s

				add: a user with a password, from the variable VAR or typed on standard input; --external for
				     a user who signs in through the OIDC issuer only. role: ROLE is USER, CONFIGURATOR,
				     ADMINISTRATOR, or NONE to take the membership away; WORKSPACE '*' gives the role in every
				     workspace (an ADMINISTRATOR on '*' may create workspaces).
				""".formatted(StorageOptions.USAGE);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Options.UsageError {
		Set<String> valued = new HashSet<>(StorageOptions.NAMES);
		valued.add("--password-env");
		Options options = Options.parse(args, valued, Set.of("--external"));
		List<String> words = options.operands();
		if (words.isEmpty()) {
			throw new Options.UsageError("server-users needs add, list or role");
		}
		String action = words.get(0);
		int operands = switch (action) {
		case "add" -> 2;
		case "list" -> 1;
		case "role" -> 4;
		default -> throw new Options.UsageError("unknown command 'server-users " + action + "'; try add, list or role");
		};
		if (words.size() != operands) {
			throw new Options.UsageError("server-users " + action + " takes " + (operands - 1) + " operand(s)");
		}
		Role role = null;
		boolean revoke = action.equals("role") && WorkspaceEndpoints.NO_ROLE.equalsIgnoreCase(words.get(3));
		if (action.equals("role") && !revoke) {
			role = Role.parse(words.get(3)).orElseThrow(() -> new Options.UsageError(
					"ROLE must be USER, CONFIGURATOR, ADMINISTRATOR or NONE, not '" + words.get(3) + "'"));
		}
		char[] password = action.equals("add") && !options.has("--external") ? password(options, words.get(1), err) : null;
		try (JdbcStorage storage = StorageOptions.open(options)) {
			switch (action) {
			case "add" -> {
				String hash = password == null ? PasswordHash.EXTERNAL : PasswordHash.create(password);
				if (!storage.addUser(words.get(1), hash)) {
					err.println("cartograph: a user named '" + words.get(1) + "' exists already");
					return 1;
				}
				out.println("Added user '" + words.get(1) + "'" + (password == null ? " (signs in through the OIDC issuer)" : "")
						+ ". Give them a role: server-users role " + words.get(1) + " WORKSPACE ROLE");
			}
			case "list" -> list(storage.users(), out);
			default -> {
				String user = words.get(1);
				String workspace = words.get(2);
				if (!storage.userExists(user)) {
					err.println("cartograph: no user named '" + user + "'; add one with server-users add");
					return 1;
				}
				if (!workspace.equals(Storage.ALL_WORKSPACES) && storage.workspace(workspace).isEmpty()) {
					err.println("cartograph: no workspace '" + workspace + "' on this server");
					return 1;
				}
				String where = workspace.equals(Storage.ALL_WORKSPACES) ? "every workspace" : "workspace '" + workspace + "'";
				if (revoke) {
					boolean had = storage.removeRole(user, workspace);
					out.println(had ? "'" + user + "' has no role in " + where + " any more."
							: "'" + user + "' had no role of their own in " + where + ".");
				} else {
					storage.setRole(user, workspace, role);
					out.println("'" + user + "' is " + role + " in " + where + ".");
				}
			}
			}
			return 0;
		} finally {
			PasswordHash.wipe(password);
		}
	}

	private static void list(List<User> users, PrintStream out) {
		if (users.isEmpty()) {
			out.println("No users yet: server-users add NAME");
		}
		for (User user : users) {
			String roles = user.roles().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
					.map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(", "));
			out.println(user.name() + "\t" + (roles.isEmpty() ? "(no workspace)" : roles));
		}
	}

	/** From the named variable, else typed (twice on a terminal; one line from a pipe). */
	private char[] password(Options options, String user, PrintStream err) throws Options.UsageError {
		String variable = options.value("--password-env");
		if (variable != null) {
			String value = environment.apply(variable);
			if (value == null || value.isEmpty()) {
				throw new Options.UsageError("--password-env: the environment variable " + variable + " is not set");
			}
			return value.toCharArray();
		}
		Console console = input == System.in ? System.console() : null;
		if (console != null) {
			char[] first = console.readPassword("Password for %s: ", user);
			char[] second = console.readPassword("Again: ");
			if (first == null || second == null || first.length == 0 || !Arrays.equals(first, second)) {
				PasswordHash.wipe(first);
				PasswordHash.wipe(second);
				throw new Options.UsageError("the two passwords differ or are empty");
			}
			PasswordHash.wipe(second);
			return first;
		}
		try {
			String line = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
			if (line == null || line.isEmpty()) {
				throw new Options.UsageError("no password on standard input (or use --password-env VAR)");
			}
			return line.toCharArray();
		} catch (IOException e) {
			throw new Options.UsageError("cannot read the password: " + e.getMessage());
		}
	}
}
