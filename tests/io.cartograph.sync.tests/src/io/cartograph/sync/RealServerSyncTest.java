package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.secrets.SecretReferences;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.server.JdbcStorage;
import io.cartograph.server.PasswordHash;
import io.cartograph.server.Role;
import io.cartograph.server.ServerConfig;
import io.cartograph.server.Storage;
import io.cartograph.server.SyncServer;

/**
 * The sync client against the real team server on localhost (H2 in a temporary folder), with two
 * teammates' workspaces: automatic merges, a conflict and its resolution, a push whose answer is
 * lost, a server restart in the middle of a sync, a reader who may not push, and secrets that
 * never reach the server. A small proxy between client and server cuts connections on purpose.
 */
class RealServerSyncTest {

	private static final String WORKSPACE = "acme-landscape";
	private static final LandscapePackage L = LandscapePackage.eINSTANCE;

	@TempDir
	Path temp;

	private Path serverData;
	private JdbcStorage storage;
	private SyncServer server;
	private CuttingProxy proxy;
	private Workspace a;
	private Workspace b;
	private SyncClient anna;
	private SyncClient ben;

	@BeforeEach
	void shareAWorkspaceBetweenAnnaAndBen() throws IOException {
		serverData = temp.resolve("server");
		storage = JdbcStorage.openDirectory(serverData);
		user("anna", Storage.ALL_WORKSPACES, Role.ADMINISTRATOR);
		user("ben", WORKSPACE, Role.CONFIGURATOR);
		user("uma", WORKSPACE, Role.USER);
		server = SyncServer.start(ServerConfig.defaults().withPort(0), storage);
		proxy = new CuttingProxy(server.uri());

		a = Workspace.create(temp.resolve("anna"), "ACME landscape");
		Edits.addSystem(a.model(), "ERP_PRD");
		Edits.addSystem(a.model(), "CRM_PRD");
		try (TeamServer team = TeamServer.at(server.uri())) {
			team.login("anna", "anna-pw".toCharArray());
			TeamWorkspaces.share(team, WORKSPACE, a);
		}
		anna = client(a, "anna", server.uri());
		b = join("ben");
		ben = client(b, "ben", proxy.uri());
	}

	@AfterEach
	void close() {
		for (AutoCloseable closeable : new AutoCloseable[] { anna, ben, a, b, proxy, server, storage }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			} catch (Exception e) {
				// the next one still closes
			}
		}
	}

	@Test
	void editsToDifferentFieldsAndObjectsMergeAndBothTeammatesEndTheSame() {
		Edits.set(a.model(), system(a, "ERP_PRD"), L.getLandscapeSystem_Description(), "S/4HANA, Frankfurt");
		Edits.set(b.model(), system(b, "ERP_PRD"), L.getLandscapeSystem_Owner(), "Finance IT");
		Edits.addSystem(b.model(), "BI_PRD");

		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		assertEquals(SyncClient.PushResult.DONE, ben.sync(), "ben's push is behind, his pull merges without asking");
		assertEquals(SyncClient.PushResult.DONE, anna.sync());

		for (Workspace each : List.of(a, b)) {
			LandscapeSystem erp = system(each, "ERP_PRD");
			assertEquals("S/4HANA, Frankfurt", erp.getDescription());
			assertEquals("Finance IT", erp.getOwner());
			assertEquals(Set.of("ERP_PRD", "CRM_PRD", "BI_PRD"), systemNames(each));
		}
		assertEquals(0, anna.status().get().pending());
		assertEquals(0, ben.status().get().pending());
	}

	@Test
	void theSameFieldChangedOnBothSidesWaitsForTheUserThenBothConverge() {
		Edits.set(a.model(), system(a, "ERP_PRD"), L.getLandscapeSystem_Description(), "anna's words");
		Edits.set(b.model(), system(b, "ERP_PRD"), L.getLandscapeSystem_Description(), "ben's words");
		assertEquals(SyncClient.PushResult.DONE, anna.sync());

		assertEquals(SyncClient.PushResult.BEHIND, ben.sync(), "a conflict stops the sync");
		Merge merge = ben.openMerge().orElseThrow();
		Conflict conflict = merge.openConflicts().get(0);
		assertEquals(1, merge.openConflicts().size());
		assertTrue(conflict.objectLabel().contains("ERP_PRD"), conflict.objectLabel());
		assertEquals("ben's words", conflict.mine());
		assertEquals("anna's words", conflict.theirs());
		assertEquals("ben's words", system(b, "ERP_PRD").getDescription(), "nothing applied before the user decides");
		assertEquals(1, ben.status().get().conflicts());

		merge.resolve(conflict, Conflict.Side.THEIRS);
		ben.finishMerge();
		assertEquals(SyncClient.PushResult.DONE, ben.sync());
		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		assertEquals("anna's words", system(a, "ERP_PRD").getDescription());
		assertEquals("anna's words", system(b, "ERP_PRD").getDescription());
	}

	@Test
	void aPushWhoseAnswerIsLostIsAppliedOnceWhenSentAgain() {
		Edits.addSystem(b.model(), "WMS_PRD");
		proxy.cutAfterNextPush(() -> {
		});

		assertEquals(SyncClient.PushResult.DONE, ben.sync(), "the client sends the same change set again");
		assertEquals(1, proxy.cutPushes(), "the server committed, but ben never heard");
		List<String> log = storage.changeSetsAfter(WORKSPACE, 0, 100);
		assertEquals(1, log.size(), "applied once: " + log);
		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		assertEquals(1, systemNames(a).stream().filter("WMS_PRD"::equals).count());
		assertEquals(Set.of("ERP_PRD", "CRM_PRD", "WMS_PRD"), systemNames(a));
	}

	@Test
	void aServerRestartInTheMiddleOfASyncLosesNothing() throws IOException {
		Edits.addSystem(b.model(), "WMS_PRD");
		Edits.addSystem(b.model(), "TMS_PRD");
		int port = server.port();
		// The server goes down right after it committed ben's first change set.
		proxy.cutAfterNextPush(() -> server.stop());

		assertEquals(SyncClient.PushResult.OFFLINE, ben.sync());
		assertFalse(ben.status().get().online());
		assertTrue(ben.status().get().pending() >= 1, "what did not reach the server stays pending");

		server = SyncServer.start(ServerConfig.defaults().withPort(port), storage);
		assertEquals(SyncClient.PushResult.DONE, ben.sync(), () -> String.valueOf(ben.status().get().problem()));
		assertEquals(0, ben.status().get().pending());
		assertEquals(2, storage.changeSetsAfter(WORKSPACE, 0, 100).size(), "each change set once");
		assertEquals(SyncClient.PushResult.DONE, anna.sync(), () -> String.valueOf(anna.status().get().problem()));
		assertEquals(Set.of("ERP_PRD", "CRM_PRD", "WMS_PRD", "TMS_PRD"), systemNames(a));
	}

	@Test
	void aReaderPullsButThePushIsRefusedAndStaysPending() {
		Workspace u = join("uma");
		try (SyncClient reader = client(u, "uma", server.uri())) {
			Edits.set(a.model(), system(a, "ERP_PRD"), L.getLandscapeSystem_Owner(), "Finance IT");
			assertEquals(SyncClient.PushResult.DONE, anna.sync());
			assertEquals(SyncClient.PullResult.APPLIED, reader.pull());
			assertEquals("Finance IT", system(u, "ERP_PRD").getOwner());

			Edits.addSystem(u.model(), "SHADOW_IT");
			SyncException refused = assertThrows(SyncException.class, reader::sync);
			assertTrue(refused.getMessage().contains("refused"), refused.getMessage());
			assertEquals(1, storage.changeSetsAfter(WORKSPACE, 0, 100).size(), "the server kept only anna's change");
			assertEquals(1, reader.status().get().pending());

			// The refused change set stays pending, but the reader still gets the others' work.
			Edits.set(a.model(), system(a, "CRM_PRD"), L.getLandscapeSystem_Owner(), "Sales IT");
			assertEquals(SyncClient.PushResult.DONE, anna.sync());
			assertThrows(SyncException.class, reader::sync);
			assertEquals("Sales IT", system(u, "CRM_PRD").getOwner());
		} finally {
			u.close();
		}
	}

	@Test
	void aTokenTheServerNoLongerTakesAsksForSignInAndLosesNothing() {
		Edits.addSystem(a.model(), "WMS_PRD");
		anna.useToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c3RhbGU"); // as an expired token is: refused

		SignInNeeded expired = assertThrows(SignInNeeded.class, anna::sync);
		assertTrue(expired.getMessage().contains("sign in again"), expired.getMessage());
		assertEquals(1, anna.status().get().pending(), "the change set waits");

		anna.login("anna", "anna-pw".toCharArray());
		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		assertEquals(1, storage.changeSetsAfter(WORKSPACE, 0, 100).size());
	}

	@Test
	void noSecretValueOrPasswordReachesAnythingTheServerStored() throws Exception {
		String secretValue = "client-secret-7f3a9c1e-do-not-share";
		DataSource source = LandscapeFactory.eINSTANCE.createDataSource();
		source.setUuid(java.util.UUID.randomUUID().toString());
		source.setName("CPI_EU_PRD");
		source.setType(DataSourceType.SAP_BTP);
		Authentication oauth = LandscapeFactory.eINSTANCE.createAuthentication();
		oauth.setType(AuthenticationType.OAUTH2);
		oauth.setClientId("cartograph-reader");
		oauth.setSecret(SecretReferences.create("client secret of data source CPI_EU_PRD"));
		source.setAuthentication(oauth);
		try (SecretStore secrets = SecretStore.open(temp.resolve("anna-secure"), "master".toCharArray())) {
			secrets.put(oauth.getSecret(), secretValue.toCharArray());
		}
		LandscapeModel model = a.model();
		Edits.run(model, AddCommand.create(model.editingDomain(), model.dataSources(),
				L.getDataSourceCatalog_DataSources(), source));

		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		assertEquals(SyncClient.PushResult.DONE, ben.sync());
		assertEquals(1, b.model().dataSources().getDataSources().size(), "the data source itself is shared");
		server.stop();
		storage.close();
		storage = null;

		for (String forbidden : List.of(secretValue, "anna-pw", "ben-pw")) {
			assertEquals(List.of(), filesContaining(serverData, forbidden), "'" + forbidden + "' in the server's files");
		}
	}

	/**
	 * The figure: syncing 10,000 changed objects through the real client and server
	 * (recording, save, push; pull, apply, save), reported, not asserted. Runs with
	 * {@code -Dtycho.testArgLine="-Dcartograph.bench=true"}.
	 */
	@Test
	@EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void benchmarkSyncOfTenThousandChangedObjects() {
		ben.close();
		ben = client(b, "ben", server.uri());
		int count = 10_000;
		List<LandscapeSystem> systems = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			LandscapeSystem system = io.cartograph.core.model.Identities.create(L.getLandscapeSystem(), LandscapeSystem.class);
			system.setName(String.format("SYS_%05d", i));
			systems.add(system);
		}
		LandscapeModel model = a.model();
		long start = System.nanoTime();
		Edits.run(model, AddCommand.create(model.editingDomain(), model.landscape(), L.getLandscape_Systems(), systems));
		long recorded = System.nanoTime();
		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		long pushed = System.nanoTime();
		assertEquals(SyncClient.PushResult.DONE, ben.sync());
		long pulled = System.nanoTime();
		assertEquals(count + 2, b.model().landscape().getSystems().size());

		org.eclipse.emf.common.command.CompoundCommand describe = new org.eclipse.emf.common.command.CompoundCommand("Describe");
		for (LandscapeSystem system : systems) {
			describe.append(org.eclipse.emf.edit.command.SetCommand.create(model.editingDomain(), system,
					L.getLandscapeSystem_Description(), "described " + system.getName()));
		}
		long changeStart = System.nanoTime();
		Edits.run(model, describe);
		long changeRecorded = System.nanoTime();
		assertEquals(SyncClient.PushResult.DONE, anna.sync());
		long changePushed = System.nanoTime();
		assertEquals(SyncClient.PushResult.DONE, ben.sync());
		long changePulled = System.nanoTime();
		assertEquals("described SYS_09999", system(b, "SYS_09999").getDescription());

		System.out.printf("Sync benchmark, %,d objects (H2 server on localhost):%n", count);
		System.out.printf("  created:   command + recording %,d ms; save + push %,d ms; pull + apply + save %,d ms%n",
				millis(start, recorded), millis(recorded, pushed), millis(pushed, pulled));
		System.out.printf("  described: command + recording %,d ms; save + push %,d ms; pull + apply + save %,d ms%n",
				millis(changeStart, changeRecorded), millis(changeRecorded, changePushed), millis(changePushed, changePulled));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

	private void user(String name, String workspace, Role role) {
		storage.addUser(name, PasswordHash.create((name + "-pw").toCharArray()));
		storage.setRole(name, workspace, role);
	}

	private Workspace join(String user) {
		try (TeamServer team = TeamServer.at(server.uri())) {
			team.login(user, (user + "-pw").toCharArray());
			return TeamWorkspaces.join(team, WORKSPACE, temp.resolve(user));
		}
	}

	private static SyncClient client(Workspace workspace, String user, URI server) {
		SyncClient client = SyncClient.start(server, WORKSPACE, workspace.model(), workspace.store(),
				SyncedFeatures.standard());
		client.login(user, (user + "-pw").toCharArray());
		return client;
	}

	private static LandscapeSystem system(Workspace workspace, String name) {
		return workspace.model().landscape().getSystems().stream().filter(system -> name.equals(system.getName()))
				.findFirst().orElseThrow(() -> new AssertionError("no system " + name + " in " + systemNames(workspace)));
	}

	private static Set<String> systemNames(Workspace workspace) {
		return workspace.model().landscape().getSystems().stream().map(LandscapeSystem::getName)
				.collect(Collectors.toCollection(TreeSet::new));
	}

	private static List<Path> filesContaining(Path folder, String text) throws IOException {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		byte[] utf16 = text.getBytes(StandardCharsets.UTF_16BE);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter(file -> {
				try {
					byte[] content = Files.readAllBytes(file);
					return indexOf(content, utf8) >= 0 || indexOf(content, utf16) >= 0;
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}

	private static int indexOf(byte[] content, byte[] part) {
		outer: for (int i = 0; i <= content.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (content[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * Passes requests on to the server; after the next change set push it runs an action (e.g.
	 * stops the server) and breaks the connection instead of answering, as a network does when it
	 * fails after the server committed.
	 */
	private static final class CuttingProxy implements AutoCloseable {

		private final HttpServer http;
		private final URI target;
		private final AtomicReference<Runnable> afterNextPush = new AtomicReference<>();
		private int cut;

		CuttingProxy(URI target) throws IOException {
			this.target = target;
			http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			http.createContext("/", exchange -> {
				byte[] body = exchange.getRequestBody().readAllBytes();
				HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(exchange.getRequestURI().toString()))
						.method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofByteArray(body));
				for (String header : List.of("Authorization", "Content-Type")) {
					String value = exchange.getRequestHeaders().getFirst(header);
					if (value != null) {
						request.header(header, value);
					}
				}
				HttpResponse<byte[]> response;
				// A new client each time: a kept-alive connection would outlive a restarted server here.
				try (HttpClient client = HttpClient.newHttpClient()) {
					response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new IOException(e);
				}
				// (An IOException above, the server being down, breaks the client's connection too.)
				boolean push = "POST".equals(exchange.getRequestMethod()) && exchange.getRequestURI().getPath().endsWith("/changes");
				Runnable action = push ? afterNextPush.getAndSet(null) : null;
				if (action != null) {
					cut++;
					action.run();
					// No answer: the JDK's server closes the connection when a handler fails.
					throw new IOException("connection cut by the test after the server committed");
				}
				response.headers().firstValue("Content-Type").ifPresent(type -> exchange.getResponseHeaders().set("Content-Type", type));
				exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
				exchange.getResponseBody().write(response.body());
				exchange.close();
			});
			http.start();
		}

		URI uri() {
			return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
		}

		void cutAfterNextPush(Runnable action) {
			afterNextPush.set(action);
		}

		int cutPushes() {
			return cut;
		}

		@Override
		public void close() {
			http.stop(0);
		}
	}
}
