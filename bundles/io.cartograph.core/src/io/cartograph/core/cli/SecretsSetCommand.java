package io.cartograph.core.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import io.cartograph.core.secrets.MasterPassword;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.DataSource;

/**
 * {@code cartograph cli secrets set --workspace DIR --data-source NAME}: stores a data source's
 * secret (client secret, password, API key or token), read from standard input, in the secret
 * store, so that a server running {@code cli scheduler} has what its tasks need. The secret is
 * never an argument: arguments end up in shell histories and process lists.
 */
final class SecretsSetCommand implements CliCommand {

	private final InputStream input;
	private final Supplier<Optional<char[]>> masterPassword;

	SecretsSetCommand() {
		this(System.in, MasterPassword::fromEnvironment);
	}

	/** Tests hand in what the user would type and the master password. */
	SecretsSetCommand(InputStream input, Supplier<Optional<char[]>> masterPassword) {
		this.input = input;
		this.masterPassword = masterPassword;
	}

	@Override
	public String name() {
		return "secrets set";
	}

	@Override
	public String summary() {
		return "Store a data source's secret, read from standard input, in the secret store";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace"),
				CliOption.required("--data-source", "NAME", "the data source whose authentication secret to store"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Optional<char[]> password = masterPassword.get();
		if (password.isEmpty()) {
			throw new WorkspaceException("Set " + MasterPassword.VARIABLE + " to the secret store's master password "
					+ "(a new store is created with it).");
		}
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			DataSource source = TasksRunCommand.dataSource(workspace, arguments.value("--data-source"));
			Authentication authentication = source.getAuthentication();
			if (authentication == null || authentication.getType() == null) {
				throw new WorkspaceException("Data source '" + source.getName() + "' has no authentication method; "
						+ "choose one in its editor first.");
			}
			char[] secret = readSecret();
			try (SecretStore store = SecretStore.openDefault(password.get())) {
				if (authentication.getSecret() == null) {
					authentication.setSecret(SecretReferences.create(authentication.getType() + " secret of " + source.getName()));
					workspace.model().save();
				}
				store.put(authentication.getSecret(), secret);
				out.println("Stored the secret of data source '" + source.getName() + "' in " + store.file()
						+ "; the model keeps only its reference.");
				return 0;
			} finally {
				Arrays.fill(secret, '\0');
			}
		} catch (IOException e) {
			throw new WorkspaceException("Cannot store the secret: " + e.getMessage(), e);
		}
	}

	/** The first line of standard input, without its line end. */
	private char[] readSecret() throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
		String line = reader.readLine();
		if (line == null || line.isEmpty()) {
			throw new WorkspaceException("No secret on standard input: pipe it in, e.g. "
					+ "'read -rs SECRET; printf %s \"$SECRET\" | ./cartograph cli secrets set ...'.");
		}
		return line.toCharArray();
	}
}
