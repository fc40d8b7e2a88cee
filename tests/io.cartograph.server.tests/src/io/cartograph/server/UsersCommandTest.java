package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cli server-users add|list|role} on an H2 data folder. */
class UsersCommandTest {

	@TempDir
	Path folder;

	private String out;
	private String err;

	private int run(String stdin, String... args) throws Options.UsageError {
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--data", folder.toString()));
		UsersCommand command = new UsersCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				Map.of("ALICE_PASSWORD", "from the environment")::get);
		int code = command.run(all, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
				new PrintStream(errBytes, true, StandardCharsets.UTF_8));
		out = outBytes.toString(StandardCharsets.UTF_8);
		err = errBytes.toString(StandardCharsets.UTF_8);
		return code;
	}

	@Test
	void addsUsersAndGivesThemRoles() throws Exception {
		assertEquals(0, run("", "add", "alice", "--password-env", "ALICE_PASSWORD"));
		assertEquals(0, run("typed on stdin\n", "add", "bob"));
		assertEquals(1, run("", "add", "alice", "--password-env", "ALICE_PASSWORD"));
		assertTrue(err.contains("exists already"));
		assertEquals(0, run("", "role", "alice", "*", "administrator"));
		assertEquals(1, run("", "role", "bob", "nowhere", "USER"), "no such workspace");
		assertEquals(0, run("", "list"));
		assertEquals("alice\t*=ADMINISTRATOR\nbob\t(no workspace)\n", out);
		assertEquals(0, run("", "role", "alice", "*", "none"));
		assertEquals(0, run("", "list"));
		assertEquals("alice\t(no workspace)\nbob\t(no workspace)\n", out);

		try (JdbcStorage storage = JdbcStorage.openDirectory(folder)) {
			assertTrue(PasswordHash.matches("from the environment".toCharArray(), storage.passwordHash("alice").orElseThrow()));
			assertTrue(PasswordHash.matches("typed on stdin".toCharArray(), storage.passwordHash("bob").orElseThrow()));
			assertFalse(storage.passwordHash("bob").orElseThrow().contains("typed"));
		}
	}

	@Test
	void refusesWhatItCannotDo() {
		org.junit.jupiter.api.Assertions.assertThrows(Options.UsageError.class, () -> run("", "add", "carol", "--password-env", "UNSET"));
		org.junit.jupiter.api.Assertions.assertThrows(Options.UsageError.class, () -> run("", "add", "carol"), "no password");
		org.junit.jupiter.api.Assertions.assertThrows(Options.UsageError.class, () -> run("", "role", "carol", "*", "KING"));
		org.junit.jupiter.api.Assertions.assertThrows(Options.UsageError.class, () -> run("", "remove", "carol"));
	}
}
