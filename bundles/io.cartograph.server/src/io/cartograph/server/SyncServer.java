package io.cartograph.server;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The team server: the HTTP API of the sync protocol over a {@link Storage}. Stateless apart
 * from the database, so several instances may serve one PostgreSQL database.
 */
public final class SyncServer implements AutoCloseable {

	/** The largest body of a request that needs no token ({"user","password"}). */
	static final long OPEN_BODY_LIMIT = 16 * 1024;

	private final HttpServer http;
	private final ExecutorService threads;
	private final Storage storage;
	private final Authenticator authenticator;
	private final Router router = new Router();
	private final long maxBody;
	private final LoginThrottle throttle;
	private final String scheme;

	private SyncServer(HttpServer http, String scheme, ServerConfig config, Storage storage, Clock clock) {
		this.http = http;
		this.scheme = scheme;
		this.storage = storage;
		this.maxBody = config.maxBodyBytes();
		this.throttle = new LoginThrottle(clock);
		ServerTokens own = new ServerTokens(storage.signingKey(), config.issuer(), config.audience(), config.tokenLifetime(), clock);
		ExternalIssuer external = config.oidc() == null ? null
				: new ExternalIssuer(config.oidc());
		this.authenticator = new Authenticator(own, external);
		Access access = new Access(storage);
		router.open("GET", "/health", this::health).open("POST", "/auth/token", this::token);
		new WorkspaceEndpoints(storage, access).register(router);
		new ChangeEndpoints(storage, access).register(router);
		this.threads = Executors.newFixedThreadPool(32, runnable -> {
			Thread thread = new Thread(runnable, "cartograph-server");
			thread.setDaemon(true);
			return thread;
		});
		http.setExecutor(threads);
		http.createContext("/", this::handle);
	}

	/** Starts serving; the storage stays the caller's to close. */
	public static SyncServer start(ServerConfig config, Storage storage) throws IOException {
		return start(config, storage, Clock.systemUTC());
	}

	static SyncServer start(ServerConfig config, Storage storage, Clock clock) throws IOException {
		InetSocketAddress address = new InetSocketAddress(config.host(), config.port());
		HttpServer http;
		String scheme = "http";
		if (config.tlsKeystore() != null) {
			HttpsServer https = HttpsServer.create(address, 128);
			https.setHttpsConfigurator(new HttpsConfigurator(tls(config)));
			http = https;
			scheme = "https";
		} else {
			http = HttpServer.create(address, 128);
		}
		SyncServer server = new SyncServer(http, scheme, config, storage, clock);
		http.start();
		return server;
	}

	private static SSLContext tls(ServerConfig config) throws IOException {
		try {
			KeyStore keys = KeyStore.getInstance(config.tlsKeystore().toFile(), config.tlsPassword());
			KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			managers.init(keys, config.tlsPassword());
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(managers.getKeyManagers(), null, null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot use the key store " + config.tlsKeystore() + ": " + e.getMessage(), e);
		}
	}

	public int port() {
		return http.getAddress().getPort();
	}

	/** Where clients reach it: {@code http://127.0.0.1:PORT}. */
	public URI uri() {
		String host = http.getAddress().getAddress().isAnyLocalAddress() ? "localhost" : http.getAddress().getHostString();
		return URI.create(scheme + "://" + host + ":" + port());
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			Call call = null;
			try {
				var match = router.find(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath())
						.orElseThrow(() -> HttpProblem.notFound("No such resource: " + exchange.getRequestURI().getPath()));
				// Anyone may call the open routes: they get a small body limit, not the snapshot's.
				call = new Call(exchange, match.parameters(), match.route().signedIn() ? maxBody : OPEN_BODY_LIMIT);
				if (match.route().signedIn()) {
					call.user(authenticate(call));
				}
				match.route().endpoint().handle(call);
			} catch (HttpProblem problem) {
				answer(exchange, call, problem);
			} catch (StorageException e) {
				answer(exchange, call, new HttpProblem(503, "storage", "The server's database is unavailable; try again"));
				System.err.println("cartograph server: " + e.getMessage());
			} catch (RuntimeException e) {
				answer(exchange, call, new HttpProblem(500, "internal", "The server failed; its log tells why"));
				System.err.println("cartograph server: unexpected " + e.getClass().getName() + " on "
						+ exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
				e.printStackTrace();
			}
		}
	}

	private String authenticate(Call call) {
		try {
			return authenticator.user(call.header("Authorization"));
		} catch (Unauthorized e) {
			throw new HttpProblem(401, "unauthorized", e.getMessage());
		}
	}

	private void answer(HttpExchange exchange, Call call, HttpProblem problem) throws IOException {
		Call answering = call != null ? call : new Call(exchange, java.util.Map.of(), maxBody);
		if (!answering.answered()) {
			answering.problem(problem);
		}
	}

	private void health(Call call) throws IOException {
		boolean healthy = storage.healthy();
		call.answer(healthy ? 200 : 503, Call.object("status", healthy ? "ok" : "unavailable", "database",
				storage.databaseName(), "version", ServerVersion.current()));
	}

	private void token(Call call) throws IOException {
		JsonNode body = call.body();
		String user = WorkspaceEndpoints.text(body, "user");
		String password = WorkspaceEndpoints.text(body, "password");
		if (user == null || password == null) {
			throw HttpProblem.badRequest("Send {\"user\": ..., \"password\": ...}");
		}
		java.time.Duration wait = throttle.wait(user);
		if (!wait.isZero()) {
			long seconds = Math.max(1, wait.toSeconds());
			throw new HttpProblem(429, "too-many-attempts", "Too many wrong passwords for this user; try again in "
					+ seconds + " s", java.util.Map.of("retryAfterSeconds", seconds));
		}
		char[] typed = password.toCharArray();
		try {
			var stored = storage.passwordHash(user);
			boolean valid;
			if (stored.isPresent()) {
				valid = PasswordHash.matches(typed, stored.get());
			} else {
				PasswordHash.checkDecoy(typed);
				valid = false;
			}
			if (!valid) {
				throttle.failed(user);
				throw new HttpProblem(401, "bad-credentials", "Unknown user or wrong password");
			}
			throttle.succeeded(user);
		} finally {
			PasswordHash.wipe(typed);
		}
		ServerTokens.Issued issued = authenticator.own().issue(user);
		call.answer(200, Call.object("token", issued.token(), "expiresAt", issued.expiresAt().toString()));
	}

	/** Stops listening; requests under way get a moment to finish. */
	public void stop() {
		http.stop(1);
		threads.shutdown();
		try {
			threads.awaitTermination(5, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		stop();
	}
}
