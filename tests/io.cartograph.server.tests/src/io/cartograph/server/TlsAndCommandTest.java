package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a key store, and {@code cartograph server} as a command. */
class TlsAndCommandTest {

	private static final String STORE_PASSWORD = "store-password-1";

	@TempDir
	Path folder;

	@Test
	void servesHttpsWithTheGivenKeyStore() throws Exception {
		Path keystore = folder.resolve("server.p12");
		Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
				"-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
				"-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass", STORE_PASSWORD).redirectErrorStream(true).start();
		String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, output);

		KeyStore trusted = KeyStore.getInstance(keystore.toFile(), STORE_PASSWORD.toCharArray());
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, trust.getTrustManagers(), null);

		try (Fixture fixture = new Fixture(Backend.H2, folder,
				config -> config.withTls(keystore, STORE_PASSWORD.toCharArray()),
				HttpClient.newBuilder().sslContext(context).build())) {
			assertEquals("https", fixture.server.uri().getScheme());
			assertEquals(200, fixture.client.get("/health", null).status());
			String token = fixture.client.token("carla", Fixture.PASSWORD);
			assertEquals(1, fixture.client.get("/workspaces", token).body().size());
		}
	}

	@Test
	void theServerCommandServesUntilStopped() throws Exception {
		CountDownLatch stop = new CountDownLatch(1);
		PipedLines out = new PipedLines();
		ExecutorService thread = Executors.newSingleThreadExecutor();
		try {
			Future<Integer> exit = thread.submit(() -> new ServeCommand(stop).run(
					List.of("--port", "0", "--data", folder.resolve("data").toString()), new PrintStream(out, true,
							StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream())));
			Matcher address = Pattern.compile("at (http://\\S+) \\(database h2\\)").matcher(out.awaitLine());
			assertTrue(address.find(), out.toString());
			TestClient client = new TestClient(URI.create(address.group(1)));
			assertEquals("ok", client.get("/health", null).body().get("status").asText());
			stop.countDown();
			assertEquals(0, exit.get(30, TimeUnit.SECONDS));
			assertTrue(Files.exists(folder.resolve("data").resolve("cartograph-server.mv.db")));
		} finally {
			thread.shutdownNow();
		}
	}

	/** Collects what the command prints and lets the test wait for its first line. */
	private static final class PipedLines extends OutputStream {
		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		private final CountDownLatch line = new CountDownLatch(1);

		@Override
		public synchronized void write(int b) {
			bytes.write(b);
			if (b == '\n') {
				line.countDown();
			}
		}

		String awaitLine() throws InterruptedException, IOException {
			if (!line.await(60, TimeUnit.SECONDS)) {
				throw new IOException("the command printed no line");
			}
			return toString();
		}

		@Override
		public synchronized String toString() {
			return bytes.toString(StandardCharsets.UTF_8);
		}
	}
}
