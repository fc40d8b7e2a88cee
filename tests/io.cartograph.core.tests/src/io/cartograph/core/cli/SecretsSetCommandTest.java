package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.CartographHome;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.DataSource;

class SecretsSetCommandTest {

	private static final String MASTER = "server-master-1";

	@TempDir
	Path folder;

	private String previousHome;

	@BeforeEach
	void ownHome() {
		previousHome = System.getProperty(CartographHome.PROPERTY);
		System.setProperty(CartographHome.PROPERTY, folder.resolve("home").toString());
	}

	@AfterEach
	void restoreHome() {
		if (previousHome == null) {
			System.clearProperty(CartographHome.PROPERTY);
		} else {
			System.setProperty(CartographHome.PROPERTY, previousHome);
		}
	}

	private int run(String stdin, Optional<char[]> master, ByteArrayOutputStream err, String... args) {
		SecretsSetCommand command = new SecretsSetCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				() -> master);
		return new CommandLine(List.of(command)).run(List.of(args), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theSecretFromStandardInputGoesToTheStoreAndNowhereElse() throws IOException {
		Path workspace = folder.resolve("ws");
		new CommandLine().run(List.of("sample", "--workspace", workspace.toString(), "--interfaces", "3"),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = run("sandbox-secret\n", Optional.of(MASTER.toCharArray()), err,
				"secrets", "set", "--workspace", workspace.toString(), "--data-source", "CPI_SANDBOX");

		assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
		try (Workspace opened = Workspace.open(workspace);
				SecretStore store = SecretStore.openDefault(MASTER.toCharArray())) {
			DataSource sandbox = TasksRunCommand.dataSource(opened, "CPI_SANDBOX");
			assertArrayEquals("sandbox-secret".toCharArray(), store.get(sandbox.getAuthentication().getSecret()).orElseThrow());
		}
		try (Stream<Path> files = Files.walk(workspace)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("sandbox-secret"), file.toString());
			}
		}
	}

	@Test
	void withoutMasterPasswordOrSecretNothingIsStoredAndTheUserIsToldWhatToDo() {
		Path workspace = folder.resolve("ws");
		new CommandLine().run(List.of("sample", "--workspace", workspace.toString(), "--interfaces", "3"),
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));

		ByteArrayOutputStream noMaster = new ByteArrayOutputStream();
		assertEquals(1, run("x\n", Optional.empty(), noMaster, "secrets", "set", "--workspace", workspace.toString(),
				"--data-source", "CPI_SANDBOX"));
		assertTrue(noMaster.toString(StandardCharsets.UTF_8).contains("CARTOGRAPH_MASTER_PASSWORD"), noMaster.toString(StandardCharsets.UTF_8));

		ByteArrayOutputStream noSecret = new ByteArrayOutputStream();
		assertEquals(1, run("", Optional.of(MASTER.toCharArray()), noSecret, "secrets", "set", "--workspace",
				workspace.toString(), "--data-source", "CPI_SANDBOX"));
		assertTrue(noSecret.toString(StandardCharsets.UTF_8).contains("No secret on standard input"), noSecret.toString(StandardCharsets.UTF_8));
		assertFalse(Files.exists(folder.resolve("home/secure/secure_storage")), "no store was started");
	}
}
