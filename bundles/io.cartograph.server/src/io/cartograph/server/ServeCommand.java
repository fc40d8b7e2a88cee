package io.cartograph.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/** {@code cartograph server [options]}: serves the team server until stopped (Ctrl+C). */
final class ServeCommand implements ServerApplication.ServerCommand {

	private static final Set<String> VALUED = Set.of("--port", "--host", "--tls-keystore", "--tls-password-env",
			"--oidc-issuer", "--oidc-audience", "--oidc-jwks", "--oidc-user-claim", "--issuer", "--token-hours",
			"--max-body-mb");

	private final CountDownLatch stopped;

	ServeCommand() {
		this(new CountDownLatch(1));
	}

	/** Tests hand in the latch that ends the command. */
	ServeCommand(CountDownLatch stopped) {
		this.stopped = stopped;
	}

	@Override
	public String usage() {
		return """
				Usage: cartograph server [--port N] [--host ADDRESS] %s
				         [--tls-keystore FILE --tls-password-env VAR]
				         [--oidc-issuer URL --oidc-audience AUD --oidc-jwks URL [--oidc-user-claim CLAIM]]
				         [--issuer NAME] [--token-hours N] [--max-body-mb N]

				Serves the Cartograph team server until stopped (Ctrl+C). Default: port %d on 127.0.0.1,
				the H2 database in ~/.cartograph/server. --jdbc jdbc:postgresql://... lets several instances
				share one database. Passwords come from environment variables, never the command line.
				""".formatted(StorageOptions.USAGE, ServerConfig.DEFAULT_PORT);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Options.UsageError {
		Set<String> valued = new HashSet<>(VALUED);
		valued.addAll(StorageOptions.NAMES);
		Options options = Options.parse(args, valued, Set.of());
		if (!options.operands().isEmpty()) {
			throw new Options.UsageError("unexpected argument '" + options.operands().get(0) + "'");
		}
		ServerConfig config = config(options);
		JdbcStorage storage = StorageOptions.open(options);
		SyncServer server;
		try {
			server = SyncServer.start(config, storage);
		} catch (IOException e) {
			storage.close();
			err.println("cartograph: cannot serve on " + config.host() + ":" + config.port() + ": " + e.getMessage());
			return 1;
		}
		Thread stopOnExit = new Thread(() -> {
			server.stop();
			storage.close();
		}, "server shutdown");
		Runtime.getRuntime().addShutdownHook(stopOnExit);
		out.println("Cartograph team server at " + server.uri() + " (database " + storage.databaseName()
				+ (config.oidc() != null ? ", also accepting tokens of " + config.oidc().issuer() : "") + "). Stop with Ctrl+C.");
		if (config.tlsKeystore() == null && !config.host().startsWith("127.") && !config.host().equals("localhost")) {
			err.println("cartograph: warning: serving plain HTTP on " + config.host()
					+ "; passwords and tokens cross the network readable. Use --tls-keystore.");
		}
		out.flush();
		try {
			stopped.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		server.stop();
		storage.close();
		try {
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
		} catch (IllegalStateException e) {
			// already shutting down: the hook finds everything stopped
		}
		return 0;
	}

	static ServerConfig config(Options options) throws Options.UsageError {
		ServerConfig config = ServerConfig.defaults()
				.withPort((int) options.number("--port", ServerConfig.DEFAULT_PORT, 0, 65_535))
				.withHost(options.value("--host", "127.0.0.1"))
				.withIssuer(options.value("--issuer", ServerConfig.defaults().issuer()))
				.withTokenLifetime(Duration.ofHours(options.number("--token-hours", 8, 1, 24 * 30)))
				.withMaxBodyBytes(options.number("--max-body-mb", 64, 1, 2000) * 1024 * 1024);
		if (options.value("--tls-keystore") != null) {
			char[] password = options.fromEnvironment("--tls-password-env");
			if (password == null) {
				throw new Options.UsageError("--tls-keystore needs --tls-password-env VAR (the variable holding its password)");
			}
			config = config.withTls(Path.of(options.value("--tls-keystore")).toAbsolutePath(), password);
		}
		String issuer = options.value("--oidc-issuer");
		if (issuer != null) {
			String audience = options.value("--oidc-audience");
			String jwks = options.value("--oidc-jwks");
			if (audience == null || jwks == null) {
				throw new Options.UsageError("--oidc-issuer needs --oidc-audience and --oidc-jwks");
			}
			try {
				config = config.withOidc(new ServerConfig.Oidc(issuer, audience, URI.create(jwks).toURL(),
						options.value("--oidc-user-claim")));
			} catch (MalformedURLException | IllegalArgumentException e) {
				throw new Options.UsageError("--oidc-jwks: '" + jwks + "' is not a URL");
			}
		}
		return config;
	}
}
