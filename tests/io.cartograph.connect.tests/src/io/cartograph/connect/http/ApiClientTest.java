package io.cartograph.connect.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonToken;

import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.connect.DataSources;
import io.cartograph.connect.TestServer;
import io.cartograph.connect.TestServer.Answer;
import io.cartograph.model.landscape.DataSource;

/** The HTTP layer against a local server scripted to answer as the documented APIs do, and worse. */
class ApiClientTest {

	private static final String PATH = "/api/v1/Things";
	private static final String OK = "{\"d\":{\"results\":[{\"Id\":\"a\"}]}}";

	private final DataSources sources = new DataSources();
	private final List<Duration> waits = new ArrayList<>();
	private TestServer server;

	@BeforeEach
	void start() throws IOException {
		server = new TestServer();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private HttpSettings settings() {
		return HttpSettings.defaults().withSleeper((d, c) -> waits.add(d));
	}

	private ApiClient client(DataSource source) {
		return ApiClient.forDataSource(ConnectorContext.of(source, sources).withHttp(settings()));
	}

	private static String firstId(ApiClient client) {
		return client.get("api/v1/Things", parser -> {
			while (parser.nextToken() != null) {
				if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals("Id")) {
					parser.nextToken();
					String id = parser.getText();
					while (parser.nextToken() != null) {
						// drain
					}
					return id;
				}
			}
			return null;
		});
	}

	@Test
	void tooManyRequestsIsRetriedAfterTheAnnouncedWait() {
		server.then(PATH, Answer.status(429, "slow down", "Retry-After", "7")).always(PATH, Answer.json(OK));
		try (ApiClient client = client(sources.cpi(server.url()))) {
			assertEquals("a", firstId(client));
		}
		assertEquals(List.of(Duration.ofSeconds(7)), waits);
		assertEquals(2, server.requestsTo(PATH));
	}

	@Test
	void aLongRetryAfterIsCapped() {
		server.then(PATH, Answer.status(503, "maintenance", "Retry-After", "3600")).always(PATH, Answer.json(OK));
		try (ApiClient client = ApiClient.forDataSource(ConnectorContext.of(sources.cpi(server.url()), sources)
				.withHttp(settings().withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(30))))) {
			assertEquals("a", firstId(client));
		}
		assertEquals(List.of(Duration.ofSeconds(30)), waits);
	}

	@Test
	void aServerErrorIsRetriedWithBackoff() {
		server.then(PATH, Answer.status(500, "oops"), Answer.status(502, "bad gateway")).always(PATH, Answer.json(OK));
		try (ApiClient client = client(sources.cpi(server.url()))) {
			assertEquals("a", firstId(client));
		}
		assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), waits);
	}

	@Test
	void persistentErrorsGiveUpNamingTheEndpointAndTheAnswer() {
		server.always(PATH, Answer.status(503, "Service Unavailable: tenant maintenance"));
		try (ApiClient client = client(sources.cpi(server.url()))) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
			assertEquals(Failure.HTTP_STATUS, e.failure());
			assertEquals(503, e.status());
			assertTrue(e.getMessage().contains(server.url() + "api/v1/Things") && e.getMessage().contains("503")
					&& e.getMessage().contains("tenant maintenance"), e.getMessage());
		}
		assertEquals(4, server.requestsTo(PATH));
		assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(8)), waits);
	}

	@Test
	void forbiddenIsNotRetried() {
		server.always(PATH, Answer.status(403, "Forbidden"));
		try (ApiClient client = client(sources.cpi(server.url()))) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
			assertEquals(Failure.FORBIDDEN, e.failure());
		}
		assertEquals(1, server.requestsTo(PATH));
	}

	@Test
	void anOAuthTokenIsCachedAndRenewedOnceAfterA401() {
		AtomicInteger issued = new AtomicInteger();
		server.always("/oauth/token", Answer.handledBy(exchange -> {
			byte[] body = ("{\"access_token\":\"token-" + issued.incrementAndGet() + "\",\"expires_in\":3600}").getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
		}));
		server.then(PATH, Answer.json(OK), Answer.status(401, "token expired")).always(PATH, Answer.json(OK));
		DataSource source = sources.oauth(server.url(), server.url() + "oauth/token", "client", "s3cr3t-value");
		try (ApiClient client = client(source)) {
			assertEquals("a", firstId(client));
			assertEquals("a", firstId(client)); // 401, renewal, success
			assertEquals("a", firstId(client));
		}
		assertEquals(2, issued.get());
		List<String> auth = server.requests.stream().filter(r -> r.path().equals(PATH))
				.map(r -> r.header("Authorization")).toList();
		assertEquals(List.of("Bearer token-1", "Bearer token-1", "Bearer token-2", "Bearer token-2"), auth);
		TestServer.Request token = server.requests.stream().filter(r -> r.path().equals("/oauth/token")).findFirst()
				.orElseThrow();
		assertEquals("grant_type=client_credentials", token.body());
		assertEquals("Basic " + Base64.getEncoder().encodeToString("client:s3cr3t-value".getBytes()),
				token.header("Authorization"));
		assertTrue(waits.isEmpty());
	}

	@Test
	void a401AfterTheRenewalFailsInsteadOfLooping() {
		server.always("/oauth/token", Answer.json("{\"access_token\":\"t\",\"expires_in\":3600}"));
		server.always(PATH, Answer.status(401, "no"));
		DataSource source = sources.oauth(server.url(), server.url() + "oauth/token", "client", "s3cr3t-value");
		try (ApiClient client = client(source)) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
			assertEquals(Failure.UNAUTHORIZED, e.failure());
		}
		assertEquals(2, server.requestsTo(PATH));
		assertEquals(2, server.requestsTo("/oauth/token"));
	}

	@Test
	void apiKeyBasicAndAccessTokenHeaders() {
		server.always(PATH, Answer.json(OK));
		try (ApiClient client = client(sources.apiKey(server.url(), "X-Api-Key", "key-123456"))) {
			firstId(client);
		}
		try (ApiClient client = client(sources.apiKey(server.url(), "", "key-abcdef"))) {
			firstId(client);
		}
		try (ApiClient client = client(sources.basic(server.url(), "tech_user", "pa55word!"))) {
			firstId(client);
		}
		try (ApiClient client = client(sources.accessToken(server.url(), "eyJhbGciOi.abc.def"))) {
			firstId(client);
		}
		List<TestServer.Request> requests = server.requests;
		assertEquals("key-123456", requests.get(0).header("X-Api-Key"));
		assertNull(requests.get(0).header("Authorization"));
		assertEquals("key-abcdef", requests.get(1).header("APIKey"));
		assertEquals("Basic " + Base64.getEncoder().encodeToString("tech_user:pa55word!".getBytes()),
				requests.get(2).header("Authorization"));
		assertEquals("Bearer eyJhbGciOi.abc.def", requests.get(3).header("Authorization"));
	}

	@Test
	void secretsEchoedByTheServerNeverReachTheMessage() {
		String basic = Base64.getEncoder().encodeToString("tech_user:pa55word!".getBytes());
		server.always(PATH, Answer.status(500, "debug: Authorization: Basic " + basic + " password pa55word! "
				+ "{\"access_token\":\"leaked-token\"}"));
		try (ApiClient client = client(sources.basic(server.url(), "tech_user", "pa55word!"))) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
			assertFalse(e.getMessage().contains("pa55word!"), e.getMessage());
			assertFalse(e.getMessage().contains(basic), e.getMessage());
			assertFalse(e.getMessage().contains("leaked-token"), e.getMessage());
			assertTrue(e.getMessage().contains("[hidden]"), e.getMessage());
		}
	}

	@Test
	void aMissingSecretIsAConfigurationFailureBeforeAnyRequest() {
		DataSource source = sources.basic(server.url(), "tech_user", "x");
		source.getAuthentication().setSecret(null);
		ConnectorException e = assertThrows(ConnectorException.class, () -> client(source));
		assertEquals(Failure.CONFIGURATION, e.failure());
		assertTrue(server.requests.isEmpty());
	}

	@Test
	void plainHttpIsRefusedForRemoteHosts() {
		ConnectorException e = assertThrows(ConnectorException.class,
				() -> client(sources.cpi(URI.create("http://tenant.example.com/"))));
		assertEquals(Failure.CONFIGURATION, e.failure());
		assertTrue(e.getMessage().contains("https"), e.getMessage());
	}

	@Test
	void aClosedPortIsAConnectFailure() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		try (ApiClient client = client(sources.cpi(URI.create("http://localhost:" + closedPort + "/")))) {
			assertEquals(Failure.CONNECT, assertThrows(ConnectorException.class, () -> firstId(client)).failure());
		}
	}

	@Test
	void anUnknownHostIsADnsFailure() {
		try (ApiClient client = client(sources.cpi(URI.create("https://cartograph-test.invalid/")))) {
			ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
			assertEquals(Failure.DNS, e.failure(), e.getMessage());
			assertTrue(e.getMessage().contains("cartograph-test.invalid"), e.getMessage());
		}
	}

	@Test
	void aServerThatDoesNotSpeakTlsIsATlsFailure() throws Exception {
		// TLS is always verified; here the "server" answers the handshake with plain text.
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			Thread answer = new Thread(() -> {
				try (Socket connection = socket.accept()) {
					connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
				} catch (IOException e) {
					// the client gave up first
				}
			});
			answer.start();
			try (ApiClient client = client(sources.cpi(URI.create("https://localhost:" + socket.getLocalPort() + "/")))) {
				ConnectorException e = assertThrows(ConnectorException.class, () -> firstId(client));
				assertEquals(Failure.TLS, e.failure(), e.getMessage());
			}
			answer.join();
		}
	}

	@Test
	void aSlowAnswerTimesOut() {
		server.always(PATH, Answer.handledBy(exchange -> {
			try {
				Thread.sleep(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		try (ApiClient client = ApiClient.forDataSource(ConnectorContext.of(sources.cpi(server.url()), sources)
				.withHttp(settings().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300))
						.withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(1))))) {
			assertEquals(Failure.TIMEOUT, assertThrows(ConnectorException.class, () -> firstId(client)).failure());
		}
	}
}
