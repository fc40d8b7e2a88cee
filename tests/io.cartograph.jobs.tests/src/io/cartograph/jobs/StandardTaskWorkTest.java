package io.cartograph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.cartograph.connect.ConnectionCheck;
import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.Secrets;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.RunStatus;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/** Connector tasks end to end: sandbox tenant over HTTP, connector, recorded run, store. */
class StandardTaskWorkTest {

	private static final String SECRET_KEY = "sandbox client secret";

	@TempDir
	Path folder;

	private SandboxTenant tenant;
	private LocalStore store;
	private TaskRuns runs;
	private HarvestedData harvested;
	private final Secrets secrets = reference -> SECRET_KEY.equals(reference.getUuid())
			? Optional.of(SandboxOptions.CLIENT_SECRET.toCharArray()) : Optional.empty();

	@BeforeEach
	void open() throws IOException {
		tenant = SandboxTenant.start(0, SandboxOptions.defaults().withMessages(2_500).withPackages(3));
		store = LocalStore.open(folder);
		runs = TaskRuns.of(store);
		harvested = HarvestedData.of(store);
	}

	@AfterEach
	void close() {
		tenant.stop();
		store.close();
	}

	@Test
	void configurationStoresTheTenantsArtifactsAndASecondRunReplacesTheSnapshot() {
		DataSource sandbox = cloudIntegration(tenant.url().toString(), tenant.tokenUrl());

		TaskRun first = run(sandbox, TaskType.CONFIGURATION, null);

		assertEquals(RunStatus.SUCCESS, first.status(), first.error());
		int artifacts = harvested.artifacts(sandbox.getUuid()).size();
		assertTrue(artifacts > 3, "packages, flows and runtime artifacts: " + artifacts);
		assertEquals(artifacts, first.written());
		assertFalse(harvested.artifacts(sandbox.getUuid(), "IntegrationPackage").isEmpty());
		assertTrue(runs.log(first.id()).stream().anyMatch(line -> line.message().startsWith("Finished")));

		TaskRun second = run(sandbox, TaskType.CONFIGURATION, null);
		assertEquals(RunStatus.SUCCESS, second.status());
		assertEquals(artifacts, harvested.artifacts(sandbox.getUuid()).size(), "the snapshot is replaced, not doubled");
	}

	@Test
	void runtimeStoresEveryMessageOnceAcrossRuns() {
		DataSource sandbox = cloudIntegration(tenant.url().toString(), tenant.tokenUrl());

		TaskRun first = run(sandbox, TaskType.RUNTIME, null);
		assertEquals(RunStatus.SUCCESS, first.status(), first.error());
		long stored = harvested.messageCount(sandbox.getUuid());
		// The first run reads the last 30 days; the sandbox spreads its messages over the 30 days before the hour began.
		assertTrue(stored > 2_400 && stored <= 2_500, "messages stored: " + stored);
		assertEquals(stored, first.written());
		assertEquals(stored, first.read());

		TaskRun again = run(sandbox, TaskType.RUNTIME, null);
		assertEquals(RunStatus.SUCCESS, again.status(), again.error());
		assertTrue(again.read() < stored, "the second run reads from the latest message on: " + again.read());
		assertEquals(stored, harvested.messageCount(sandbox.getUuid()), "the overlap is kept once");
	}

	@Test
	void cancellingWhilePagesAreReadRecordsCancelledAndKeepsThePreviousData() {
		DataSource sandbox = cloudIntegration(tenant.url().toString(), tenant.tokenUrl());
		assertEquals(RunStatus.SUCCESS, run(sandbox, TaskType.CONFIGURATION, null).status());
		int before = harvested.artifacts(sandbox.getUuid()).size();

		TaskExecution[] execution = new TaskExecution[1];
		TaskRunListener cancelAfterFirstPage = new TaskRunListener() {
			@Override
			public void progress(TaskRun run, RunProgress progress) {
				if (progress.read() > 0) {
					execution[0].abort();
				}
			}
		};
		execution[0] = new TaskExecution(runs, factory(), sandbox, TaskType.RUNTIME, RunTrigger.MANUAL, null,
				List.of(cancelAfterFirstPage));
		TaskRun cancelled = execution[0].run(null);

		assertEquals(RunStatus.CANCELLED, cancelled.status());
		assertEquals(0, harvested.messageCount(sandbox.getUuid()), "no message of the cancelled run is visible");
		assertEquals(before, harvested.artifacts(sandbox.getUuid()).size());
	}

	@Test
	void malformedJsonFailsTheRunNamingTheEndpointAndKeepsThePreviousSnapshot() throws IOException {
		DataSource source = cloudIntegration(tenant.url().toString(), tenant.tokenUrl());
		assertEquals(RunStatus.SUCCESS, run(source, TaskType.CONFIGURATION, null).status());
		int before = harvested.artifacts(source.getUuid()).size();

		HttpServer broken = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		broken.createContext("/", exchange -> {
			byte[] body = "{\"d\": {\"results\": [ {\"Id\": \"Orders\", ".getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		broken.start();
		try {
			source.setUrl("http://localhost:" + broken.getAddress().getPort());
			TaskRun failed = run(source, TaskType.CONFIGURATION, null);

			assertEquals(RunStatus.FAILED, failed.status());
			assertTrue(failed.error().contains("localhost:" + broken.getAddress().getPort()), failed.error());
			assertFalse(failed.error().contains(SandboxOptions.CLIENT_SECRET), failed.error());
			assertEquals(before, harvested.artifacts(source.getUuid()).size(), "the last good snapshot stays");
		} finally {
			broken.stop(0);
		}
	}

	@Test
	void housekeepingDeletesOldRunLogsAndBuildsMonthlyTraffic() {
		DataSource sandbox = cloudIntegration(tenant.url().toString(), tenant.tokenUrl());
		assertEquals(RunStatus.SUCCESS, run(sandbox, TaskType.RUNTIME, null).status());
		DataSource logs = LandscapeFactory.eINSTANCE.createDataSource();
		logs.setUuid("uuid-housekeeping");
		logs.setName("WIC_HOUSEKEEPING");
		logs.setType(DataSourceType.LOGS);
		logs.getFeatures().add("Keep logs 14 days");
		assertEquals(Duration.ofDays(14), LogRetention.of(logs));

		TaskRun traffic = run(logs, TaskType.RUNTIME, null);
		assertEquals(RunStatus.SUCCESS, traffic.status(), traffic.error());
		assertFalse(harvested.monthlyTraffic(sandbox.getUuid()).isEmpty());
		assertEquals(harvested.messageCount(sandbox.getUuid()),
				harvested.monthlyTraffic(sandbox.getUuid()).stream().mapToLong(month -> month.messages()).sum());

		TaskRun update = run(logs, TaskType.UPDATE, null);
		assertEquals(RunStatus.SUCCESS, update.status(), update.error());
		assertFalse(runs.log(traffic.id()).isEmpty(), "this week's logs are kept");
	}

	@Test
	void aSourceWithoutConnectorFailsSayingSoAndTestConnectionReportsIt() {
		DataSource jira = LandscapeFactory.eINSTANCE.createDataSource();
		jira.setUuid("uuid-jira");
		jira.setName("JIRA_INTEGRATION");
		jira.setType(DataSourceType.JIRA);

		TaskRun run = run(jira, TaskType.CONFIGURATION, null);

		assertEquals(RunStatus.FAILED, run.status());
		assertTrue(run.error().startsWith("Cartograph cannot read data source 'JIRA_INTEGRATION' (JIRA) yet"), run.error());
		assertEquals(Set.of(), StandardTaskWork.supportedTasks(ConnectorRegistry.standard(), jira));
		assertFalse(StandardTaskWork.testConnection(ConnectorRegistry.standard(), jira, secrets).ok());
	}

	@Test
	void testConnectionGetsATokenAndMakesOneCall() {
		ConnectionCheck good = StandardTaskWork.testConnection(ConnectorRegistry.standard(),
				cloudIntegration(tenant.url().toString(), tenant.tokenUrl()), secrets);
		assertTrue(good.ok(), good.message());
		assertFalse(good.passed().isEmpty());

		ConnectionCheck wrongSecret = StandardTaskWork.testConnection(ConnectorRegistry.standard(),
				cloudIntegration(tenant.url().toString(), tenant.tokenUrl()), reference -> Optional.of("wrong".toCharArray()));
		assertFalse(wrongSecret.ok());
		assertFalse(wrongSecret.message().contains("wrong"), wrongSecret.message());
	}

	private TaskRun run(DataSource source, TaskType type, TaskRunListener listener) {
		return new TaskExecution(runs, factory(), source, type, RunTrigger.MANUAL, null,
				listener == null ? List.of() : List.of(listener)).run(null);
	}

	private StandardTaskWork factory() {
		return new StandardTaskWork(runs, harvested, ConnectorRegistry.standard(), secrets);
	}

	private static DataSource cloudIntegration(String url, String tokenUrl) {
		DataSource source = LandscapeFactory.eINSTANCE.createDataSource();
		source.setUuid("uuid-sandbox");
		source.setName("CPI_SANDBOX");
		source.setType(DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		source.setUrl(url);
		var authentication = LandscapeFactory.eINSTANCE.createAuthentication();
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId(SandboxOptions.CLIENT_ID);
		authentication.setTokenUrl(tokenUrl);
		SecretReference secret = LandscapeFactory.eINSTANCE.createSecretReference();
		secret.setUuid(SECRET_KEY);
		authentication.setSecret(secret);
		source.setAuthentication(authentication);
		return source;
	}
}
