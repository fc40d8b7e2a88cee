package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The application's dispatch: exit codes and usage as the CLI has them. */
class ServerApplicationTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return ServerApplication.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void unknownCommandsAndOptionsExitWithTwoAndTheUsage() {
		assertEquals(2, run("serve"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'serve'"));
		assertEquals(2, run("server", "--password", "x"));
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option '--password'"));
		assertEquals(2, run("server", "--tls-keystore", "k.p12"), "a key store needs its password variable");
		assertEquals(2, run("server", "--oidc-issuer", "https://idp"), "an issuer needs audience and JWKS");
		assertEquals(2, run("server", "--tls-keystore", "k.p12", "--tls-password-env", "CARTOGRAPH_SURELY_UNSET_VARIABLE"));
	}

	@Test
	void helpPrintsTheUsage() {
		assertEquals(0, run("server", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Usage: cartograph server"));
		assertEquals(0, run("server-users", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("server-users role NAME WORKSPACE ROLE"));
	}
}
