package io.cartograph.connect.cpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.connect.Cancellation;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.DataSources;
import io.cartograph.connect.RecordingSink;
import io.cartograph.connect.TaskOutcome;
import io.cartograph.connect.TaskOutcome.Result;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.TestServer;
import io.cartograph.connect.TestServer.Answer;
import io.cartograph.model.landscape.TaskType;

/** Runs that must end FAILED or CANCELLED, against a scripted server. */
class HarvestFailureTest {

	private static final String LOGS = "/api/v1/MessageProcessingLogs";

	private final DataSources sources = new DataSources();
	private final CloudIntegrationConnector connector = new CloudIntegrationConnector();
	private TestServer server;

	@BeforeEach
	void start() throws IOException {
		server = new TestServer();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private String page(String guid, boolean next) {
		return "{\"d\":{\"results\":[{\"MessageGuid\":\"" + guid + "\",\"Status\":\"COMPLETED\","
				+ "\"LogStart\":\"/Date(1719748800000)/\",\"LogEnd\":\"/Date(1719748801000)/\","
				+ "\"IntegrationFlowName\":\"Flow_A\",\"Sender\":\"S4\",\"Receiver\":\"SF\"}]"
				+ (next ? ",\"__next\":\"api/v1/MessageProcessingLogs?$skiptoken=1\"" : "") + "}}";
	}

	@Test
	void malformedJsonFailsTheRunNamingTheEndpoint() {
		server.then(LOGS, Answer.json(page("G1", true)),
				Answer.json("{\"d\":{\"results\":[{\"MessageGuid\":\"G2\",\"Status\":"));
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(ConnectorContext.of(sources.cpi(server.url()), sources),
				TaskType.RUNTIME, sink, TaskProgress.NONE);

		assertEquals(Result.FAILED, outcome.result());
		assertTrue(outcome.message().contains(server.url() + "api/v1/MessageProcessingLogs")
				&& outcome.message().contains("malformed JSON"), outcome.message());
		assertTrue(sink.logs.stream().noneMatch(l -> l.startsWith("ERROR")),
				"the failure is the outcome's message; the run logs it once: " + sink.logs);
	}

	@Test
	void anHtmlLoginPageInsteadOfJsonFailsTheRun() {
		server.always("/api/v1/IntegrationPackages",
				new Answer(200, java.util.Map.of("Content-Type", "text/html"), "<html><body>Login</body></html>", null));
		TaskOutcome outcome = connector.run(ConnectorContext.of(sources.cpi(server.url()), sources),
				TaskType.CONFIGURATION, new RecordingSink(), TaskProgress.NONE);

		assertEquals(Result.FAILED, outcome.result());
		assertTrue(outcome.message().contains("IntegrationPackages"), outcome.message());
	}

	@Test
	void cancellingDuringPagingAbortsTheRequestInFlight() throws Exception {
		CountDownLatch secondPageRequested = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		server.then(LOGS, Answer.json(page("G1", true)), Answer.handledBy(exchange -> {
			// Send headers and the start of the page, then hang like a slow tenant.
			exchange.sendResponseHeaders(200, 0);
			OutputStream out = exchange.getResponseBody();
			out.write("{\"d\":{\"results\":[".getBytes(StandardCharsets.UTF_8));
			out.flush();
			secondPageRequested.countDown();
			try {
				release.await(60, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		Cancellation cancellation = new Cancellation();
		RecordingSink sink = new RecordingSink();
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			Future<TaskOutcome> run = executor.submit(() -> connector.run(
					ConnectorContext.of(sources.cpi(server.url()), sources).withCancellation(cancellation),
					TaskType.RUNTIME, sink, TaskProgress.NONE));
			assertTrue(secondPageRequested.await(30, TimeUnit.SECONDS));
			cancellation.cancel();
			TaskOutcome outcome = run.get(30, TimeUnit.SECONDS);

			assertEquals(Result.CANCELLED, outcome.result());
			// The server still holds the answer: only aborting the request can have ended the run.
			assertEquals(1, release.getCount());
			assertEquals(1, sink.messages.size());
		} finally {
			release.countDown();
			executor.shutdownNow();
		}
	}

	@Test
	void cancellingBeforeTheRunMakesNoRequest() {
		Cancellation cancellation = new Cancellation();
		cancellation.cancel();
		TaskOutcome outcome = connector.run(
				ConnectorContext.of(sources.cpi(server.url()), sources).withCancellation(cancellation),
				TaskType.RUNTIME, new RecordingSink(), TaskProgress.NONE);
		assertEquals(Result.CANCELLED, outcome.result());
		assertTrue(server.requests.isEmpty());
	}
}
