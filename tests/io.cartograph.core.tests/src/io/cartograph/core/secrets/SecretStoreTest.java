package io.cartograph.core.secrets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.SecretReference;
import io.cartograph.tests.support.TestWorkspaces;

class SecretStoreTest {

	private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

	@TempDir
	Path folder;

	private int copies;

	@Test
	void aSecretIsKeptUnderItsReferenceAndReadBackFromDisk() throws IOException {
		SecretReference reference = SecretReferences.create("client secret");
		Path secure = folder.resolve("secure");
		try (SecretStore store = SecretStore.open(secure, PASSWORD)) {
			assertFalse(store.has(reference));
			assertEquals(Optional.empty(), store.get(reference));
			store.put(reference, "s3cr3t – ünïcödé".toCharArray());
			assertTrue(store.has(reference));
			assertArrayEquals("s3cr3t – ünïcödé".toCharArray(), store.get(reference).orElseThrow());
		}

		// A copy is read from its file (Equinox keeps the stores it opened in memory).
		Path copy = copyOf(secure);
		try (SecretStore store = SecretStore.open(copy, PASSWORD.clone())) {
			assertArrayEquals("s3cr3t – ünïcödé".toCharArray(), store.get(reference).orElseThrow());
			store.remove(reference);
			assertFalse(store.has(reference));
		}
		try (SecretStore store = SecretStore.open(copyOf(copy), PASSWORD)) {
			assertEquals(Optional.empty(), store.get(reference));
		}
	}

	@Test
	void aWrongMasterPasswordIsToldClearly() throws IOException {
		SecretReference reference = SecretReferences.create("API key");
		Path secure = folder.resolve("secure");
		try (SecretStore store = SecretStore.open(secure, PASSWORD)) {
			store.put(reference, "key-123".toCharArray());
		}

		for (Path place : new Path[] { secure, copyOf(secure) }) {
			WrongMasterPasswordException refusal = assertThrows(WrongMasterPasswordException.class,
					() -> SecretStore.open(place, "Correct horse battery staple".toCharArray()));
			assertEquals(place.resolve("secure_storage"), refusal.file());
			assertTrue(refusal.getMessage().startsWith("The master password does not open the secret store "
					+ place.resolve("secure_storage") + "."), refusal.getMessage());
		}
		try (SecretStore store = SecretStore.open(secure, PASSWORD)) {
			assertArrayEquals("key-123".toCharArray(), store.get(reference).orElseThrow(), "nothing was damaged");
		}
	}

	@Test
	void aMasterPasswordIsNeeded() {
		SecretStoreException refusal = assertThrows(SecretStoreException.class,
				() -> SecretStore.open(folder, new char[0]));
		assertTrue(refusal.getMessage().endsWith("needs a master password."), refusal.getMessage());
		assertFalse(Files.exists(folder.resolve("secure_storage")));
	}

	@Test
	void aFileThatIsNotAStoreIsLeftAlone() throws IOException {
		Path file = TestWorkspaces.write(folder.resolve("secure/secure_storage"), "someone=else's\n");

		SecretStoreException refusal = assertThrows(SecretStoreException.class,
				() -> SecretStore.open(file.getParent(), PASSWORD));

		assertTrue(refusal.getMessage().contains("is damaged or was not written by Cartograph"), refusal.getMessage());
		assertEquals("someone=else's\n", Files.readString(file));
	}

	@Test
	void onlyItsOwnerCanReadTheStore() throws IOException {
		Path secure = folder.resolve("secure");
		try (SecretStore store = SecretStore.open(secure, PASSWORD)) {
			store.put(SecretReferences.create("password"), "pw".toCharArray());
		}
		try (SecretStore store = SecretStore.open(secure, PASSWORD)) {
			store.put(SecretReferences.create("second"), "pw2".toCharArray());
		}
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secure)));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
				secure.resolve("secure_storage"))));
		assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(
				secure.resolve("secure_storage.bak"))), "the backup, too");
	}

	@Test
	void theHeadlessMasterPasswordComesFromTheEnvironment() {
		assertArrayEquals("from env".toCharArray(),
				MasterPassword.from(Map.of("CARTOGRAPH_MASTER_PASSWORD", "from env")).orElseThrow());
		assertEquals(Optional.empty(), MasterPassword.from(Map.of("CARTOGRAPH_MASTER_PASSWORD", "  ")));
		assertEquals(Optional.empty(), MasterPassword.from(Map.of()));
	}

	private Path copyOf(Path secure) throws IOException {
		Path copy = folder.resolve("copy-" + ++copies);
		Files.createDirectories(copy);
		Files.copy(secure.resolve("secure_storage"), copy.resolve("secure_storage"));
		return copy;
	}
}
