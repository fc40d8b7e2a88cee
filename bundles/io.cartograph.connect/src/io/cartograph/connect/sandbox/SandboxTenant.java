package io.cartograph.connect.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A generated, believable SAP Cloud Integration tenant on this machine, for trying Cartograph
 * without a real tenant and for benchmarks: the OData API {@code /api/v1} (packages, design-time
 * and runtime artifacts, externalized parameters, service endpoints, message processing logs)
 * and an OAuth2 token endpoint {@code /oauth/token} issuing short-lived tokens. Every answer is
 * marked as coming from a sandbox. Listens on the loopback interface only.
 */
public final class SandboxTenant {

	public static final String BANNER_HEADER = "X-Cartograph-Sandbox";
	static final String BANNER = "Cartograph sandbox tenant: generated data, not a real SAP Cloud Integration tenant";

	private final HttpServer server;
	private final ExecutorService executor;
	private final SandboxOptions options;
	private final SandboxApi api;
	private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
	private final AtomicInteger tokensIssued = new AtomicInteger();
	private final SecureRandom random = new SecureRandom();

	private SandboxTenant(HttpServer server, ExecutorService executor, SandboxOptions options) {
		this.server = server;
		this.executor = executor;
		this.options = options;
		this.api = new SandboxApi(options, new SandboxLandscape(options), this);
	}

	/** Starts serving on {@code port} of localhost (0: any free port). */
	public static SandboxTenant start(int port, SandboxOptions options) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
		AtomicInteger threads = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
			Thread t = new Thread(r, "sandbox-tenant-" + threads.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
		SandboxTenant tenant = new SandboxTenant(server, executor, options);
		server.createContext("/", tenant::handle);
		server.setExecutor(executor);
		server.start();
		return tenant;
	}

	/** Stops serving; requests in flight are cut off. */
	public void stop() {
		server.stop(0);
		executor.shutdownNow();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** The tenant's base URL, for a data source's URL field. */
	public URI url() {
		return URI.create("http://localhost:" + port() + "/");
	}

	public String tokenUrl() {
		return url() + "oauth/token";
	}

	public SandboxOptions options() {
		return options;
	}

	/** A line to print when the sandbox starts. */
	public String banner() {
		return BANNER + " at " + url() + " (token URL " + tokenUrl() + ", client id " + options.clientId() + ", "
				+ options.messages() + " messages, seed " + options.seed() + ")";
	}

	/** How many tokens the token endpoint issued (tests check renewals with it). */
	public int tokensIssued() {
		return tokensIssued.get();
	}

	/** Invalidates every token now, as a tenant does when it rotates keys (API calls answer 401). */
	public void revokeTokens() {
		tokens.clear();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getResponseHeaders().set(BANNER_HEADER, BANNER);
			String path = exchange.getRequestURI().getPath();
			if (path.equals("/oauth/token")) {
				token(exchange);
			} else if (path.startsWith("/api/v1/")) {
				if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
					exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"sandbox\"");
					send(exchange, 401, "text/plain", "Unauthorized (sandbox tenant)");
					return;
				}
				api.serve(exchange, path.substring("/api/v1/".length()), "http://localhost:" + port() + "/api/v1/");
			} else if (path.equals("/")) {
				send(exchange, 200, "text/plain", banner() + "\n");
			} else {
				send(exchange, 404, "text/plain", "Not found in the sandbox tenant: " + path);
			}
		} catch (IOException e) {
			// The client went away (cancelled run); nothing to answer.
		}
	}

	private void token(HttpExchange exchange) throws IOException {
		if (!"POST".equals(exchange.getRequestMethod())) {
			send(exchange, 405, "application/json", "{\"error\":\"invalid_request\"}");
			return;
		}
		String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Map<String, String> fields = SandboxApi.parseQuery(form);
		if (!"client_credentials".equals(fields.get("grant_type"))) {
			send(exchange, 400, "application/json", "{\"error\":\"unsupported_grant_type\"}");
			return;
		}
		String[] client = basic(exchange.getRequestHeaders().getFirst("Authorization"));
		if (client == null) {
			client = new String[] { fields.get("client_id"), fields.get("client_secret") };
		}
		if (!options.clientId().equals(client[0]) || !options.clientSecret().equals(client[1])) {
			send(exchange, 401, "application/json",
					"{\"error\":\"invalid_client\",\"error_description\":\"Bad credentials (sandbox tenant)\"}");
			return;
		}
		byte[] bytes = new byte[24];
		random.nextBytes(bytes);
		String token = "sandbox." + HexFormat.of().formatHex(bytes);
		tokens.put(token, Instant.now().plus(options.tokenLifetime()));
		tokensIssued.incrementAndGet();
		send(exchange, 200, "application/json", "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\","
				+ "\"expires_in\":" + options.tokenLifetime().toSeconds() + ",\"scope\":\"sandbox\",\"jti\":\"sandbox\"}");
	}

	/** A valid token, or the client credentials as BASICAUTH (as Neo tenants accept a user). */
	private boolean authorized(String header) {
		if (header == null) {
			return false;
		}
		if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			Instant expiry = tokens.get(header.substring(7).strip());
			if (expiry == null) {
				return false;
			}
			if (Instant.now().isAfter(expiry)) {
				tokens.remove(header.substring(7).strip());
				return false;
			}
			return true;
		}
		String[] user = basic(header);
		return user != null && options.clientId().equals(user[0]) && options.clientSecret().equals(user[1]);
	}

	private static String[] basic(String header) {
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String pair = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
			int colon = pair.indexOf(':');
			return colon < 0 ? null
					: new String[] { SandboxApi.decode(pair.substring(0, colon)), SandboxApi.decode(pair.substring(colon + 1)) };
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
		if (bytes.length > 0) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}
	}

	/**
	 * Serves a sandbox until the process ends: {@code [--port N] [--messages N] [--packages N] [--seed N]}.
	 * The lead wires {@code ./cartograph sandbox} to this.
	 */
	public static void main(String[] args) throws IOException, InterruptedException {
		SandboxOptions options = SandboxOptions.defaults();
		int port = 8765;
		for (int i = 0; i + 1 < args.length; i += 2) {
			switch (args[i]) {
			case "--port" -> port = Integer.parseInt(args[i + 1]);
			case "--messages" -> options = options.withMessages(Long.parseLong(args[i + 1]));
			case "--packages" -> options = options.withPackages(Integer.parseInt(args[i + 1]));
			case "--seed" -> options = options.withSeed(Long.parseLong(args[i + 1]));
			default -> throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		SandboxTenant tenant = start(port, options);
		Runtime.getRuntime().addShutdownHook(new Thread(tenant::stop));
		System.out.println(tenant.banner());
		new CountDownLatch(1).await();
	}
}
