package io.cartograph.connect.cpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.connect.ConnectionCheck;
import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.DataSources;
import io.cartograph.connect.ForwardingProxy;
import io.cartograph.connect.RecordingSink;
import io.cartograph.connect.TaskOutcome;
import io.cartograph.connect.TaskOutcome.Result;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.http.HttpSettings;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.tests.support.MutableClock;

/** The Cloud Integration connector against the sandbox tenant. */
class CloudIntegrationConnectorTest {

	private static final Instant END = Instant.parse("2025-06-30T12:00:00Z");

	private final DataSources sources = new DataSources();
	private final CloudIntegrationConnector connector = new CloudIntegrationConnector();
	private final MutableClock clock = new MutableClock(END);
	private SandboxTenant tenant;

	@BeforeEach
	void start() throws IOException {
		tenant = SandboxTenant.start(0, options());
	}

	@AfterEach
	void stop() {
		tenant.stop();
	}

	private static SandboxOptions options() {
		return SandboxOptions.defaults().withEnd(END).withMessages(2500);
	}

	private DataSource oauth() {
		return sources.oauth(tenant.url(), tenant.tokenUrl(), SandboxOptions.CLIENT_ID, SandboxOptions.CLIENT_SECRET);
	}

	private ConnectorContext context(DataSource source) {
		return ConnectorContext.of(source, sources).withHttp(HttpSettings.defaults().withClock(clock)
				.withSleeper((d, c) -> {
				}));
	}

	@Test
	void registryFindsTheConnectorForACloudIntegrationDataSource() {
		assertEquals(CloudIntegrationConnector.class,
				ConnectorRegistry.standard().forDataSource(oauth()).orElseThrow().getClass());
		assertEquals(DataSourceType.SAP_BTP, connector.type());
		assertEquals(List.of(TaskType.CONFIGURATION, TaskType.INVENTORY, TaskType.RUNTIME), connector.tasks());
	}

	@Test
	void configurationReadsPackagesFlowsParametersRuntimeArtifactsAndEndpoints() {
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(context(oauth()), TaskType.CONFIGURATION, sink, TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertEquals(12, sink.count(ConfigurationHarvest.PACKAGE));
		long flows = sink.count(ConfigurationHarvest.DESIGNTIME);
		assertTrue(flows >= 24, "2 to 7 flows per package");
		assertEquals(flows, sink.count(ConfigurationHarvest.CONFIGURATIONS));
		long deployed = sink.count(ConfigurationHarvest.RUNTIME);
		assertTrue(deployed >= 12 && deployed <= flows, "deployed: " + deployed);
		assertTrue(sink.count(ConfigurationHarvest.SERVICE_ENDPOINT) > 0);
		assertEquals(sink.artifacts.size(), outcome.artifacts());
		RecordingSink.Artifact runtime = sink.artifacts.stream()
				.filter(a -> a.kind().equals(ConfigurationHarvest.RUNTIME)).findFirst().orElseThrow();
		assertTrue(runtime.json().contains("\"DeployedBy\"") && runtime.json().contains("\"Status\""), runtime.json());
		RecordingSink.Artifact parameters = sink.artifacts.stream()
				.filter(a -> a.kind().equals(ConfigurationHarvest.CONFIGURATIONS)).findFirst().orElseThrow();
		assertTrue(parameters.json().startsWith("[") && parameters.json().contains("Receiver_Address"),
				parameters.json());
	}

	@Test
	void runtimeStreamsEveryMessageOfTheRetentionAcrossPagesInOrder() {
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(context(oauth()), TaskType.RUNTIME, sink, TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertEquals(2500, sink.messages.size(), "three pages of at most 1000");
		assertEquals(2500, outcome.messageRecords());
		Set<String> guids = new HashSet<>();
		Instant previous = Instant.MIN;
		for (RecordingSink.Message m : sink.messages) {
			assertTrue(guids.add(m.guid()), "unique MessageGuid");
			assertFalse(m.logStart().isBefore(previous), "ordered by LogStart");
			assertTrue(m.logEnd().isAfter(m.logStart()));
			assertTrue(m.artifactId() != null && m.sender() != null && m.receiver() != null);
			previous = m.logStart();
		}
		assertTrue(sink.messages.stream().anyMatch(m -> m.status().equals("FAILED")), "a month has failures");
		assertTrue(sink.messages.stream().anyMatch(m -> m.status().equals("COMPLETED")));
	}

	@Test
	void runtimeReadsOnlyMessagesSinceTheGivenInstant() {
		Instant since = END.minus(Duration.ofDays(10)).plusMillis(123);
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(context(oauth()).withSince(since), TaskType.RUNTIME, sink,
				TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertTrue(sink.messages.size() > 500 && sink.messages.size() < 1200, "about a third: " + sink.messages.size());
		assertTrue(sink.messages.stream().noneMatch(m -> m.logStart().isBefore(since)));
	}

	@Test
	void theSameSeedGivesTheSameTenant() throws IOException {
		RecordingSink first = new RecordingSink();
		connector.run(context(oauth()), TaskType.CONFIGURATION, first, TaskProgress.NONE);
		connector.run(context(oauth()), TaskType.RUNTIME, first, TaskProgress.NONE);
		String firstPort = ":" + tenant.port() + "/";
		tenant.stop();
		tenant = SandboxTenant.start(0, options());
		RecordingSink second = new RecordingSink();
		connector.run(context(oauth()), TaskType.CONFIGURATION, second, TaskProgress.NONE);
		connector.run(context(oauth()), TaskType.RUNTIME, second, TaskProgress.NONE);
		String secondPort = ":" + tenant.port() + "/";

		assertEquals(first.messages, second.messages);
		assertEquals(first.artifacts.size(), second.artifacts.size());
		for (int i = 0; i < first.artifacts.size(); i++) {
			assertEquals(first.artifacts.get(i).json().replace(firstPort, ":PORT/"),
					second.artifacts.get(i).json().replace(secondPort, ":PORT/"));
		}
	}

	@Test
	void aTokenRevokedDuringTheRunIsRenewedOnceAndTheRunSucceeds() {
		AtomicInteger seen = new AtomicInteger();
		RecordingSink sink = new RecordingSink(m -> {
			if (seen.incrementAndGet() == 1500) {
				tenant.revokeTokens(); // the next page's request gets a 401
			}
		});
		TaskOutcome outcome = connector.run(context(oauth()), TaskType.RUNTIME, sink, TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertEquals(2500, sink.messages.size());
		assertEquals(2, tenant.tokensIssued(), "one renewal after the 401");
	}

	@Test
	void anExpiredTokenIsReplacedBeforeTheNextRequest() {
		AtomicInteger seen = new AtomicInteger();
		RecordingSink sink = new RecordingSink(m -> {
			if (seen.incrementAndGet() == 1500) {
				clock.advance(Duration.ofMinutes(6)); // the sandbox's tokens live 5 minutes
			}
		});
		TaskOutcome outcome = connector.run(context(oauth()), TaskType.RUNTIME, sink, TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertEquals(2, tenant.tokensIssued());
	}

	@Test
	void aWrongClientSecretFailsAtTheTokenEndpointWithoutShowingTheSecret() {
		DataSource source = sources.oauth(tenant.url(), tenant.tokenUrl(), SandboxOptions.CLIENT_ID,
				"wrong-secret-4711");
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(context(source), TaskType.CONFIGURATION, sink, TaskProgress.NONE);

		assertEquals(Result.FAILED, outcome.result());
		assertTrue(outcome.message().contains("/oauth/token") && outcome.message().contains("401"),
				outcome.message());
		assertFalse(outcome.message().contains("wrong-secret-4711"));
		assertTrue(sink.logs.stream().noneMatch(l -> l.contains("wrong-secret-4711")));

		ConnectionCheck check = connector.testConnection(context(source));
		assertFalse(check.ok());
		assertEquals(Failure.TOKEN, check.failure());
		assertEquals(List.of("settings complete"), check.passed());
	}

	@Test
	void testConnectionGetsATokenAndMakesOneCall() {
		ConnectionCheck check = connector.testConnection(context(oauth()));

		assertTrue(check.ok(), check.message());
		assertEquals(3, check.passed().size(), check.passed().toString());
		assertEquals(1, tenant.tokensIssued());
	}

	@Test
	void basicAuthenticationWorksToo() {
		DataSource source = sources.basic(tenant.url(), SandboxOptions.CLIENT_ID, SandboxOptions.CLIENT_SECRET);
		RecordingSink sink = new RecordingSink();
		TaskOutcome outcome = connector.run(context(source), TaskType.CONFIGURATION, sink, TaskProgress.NONE);

		assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
		assertEquals(0, tenant.tokensIssued());
	}

	@Test
	void everyRequestGoesThroughTheDataSourcesProxy() throws IOException {
		try (ForwardingProxy proxy = new ForwardingProxy()) {
			DataSource source = oauth();
			DataSources.viaProxy(source, proxy.port());
			RecordingSink sink = new RecordingSink();
			TaskOutcome outcome = connector.run(context(source), TaskType.RUNTIME, sink, TaskProgress.NONE);

			assertEquals(Result.SUCCESS, outcome.result(), outcome.message());
			assertEquals(2500, sink.messages.size());
			assertEquals(1, proxy.forwarded.stream().filter(u -> u.getPath().equals("/oauth/token")).count());
			assertEquals(3, proxy.forwarded.stream()
					.filter(u -> u.getPath().equals("/api/v1/MessageProcessingLogs")).count());
		}
	}
}
