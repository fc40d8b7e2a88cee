package io.cartograph.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

	@Test
	void aHashMatchesItsPasswordOnly() {
		String hash = PasswordHash.create("s3cret-Passw0rd".toCharArray());
		assertTrue(PasswordHash.matches("s3cret-Passw0rd".toCharArray(), hash));
		assertFalse(PasswordHash.matches("s3cret-passw0rd".toCharArray(), hash));
		assertFalse(PasswordHash.matches("".toCharArray(), hash));
		assertFalse(hash.contains("s3cret"));
	}

	@Test
	void theSaltIsRandomAndTheWorkFactorStored() {
		String first = PasswordHash.create("same".toCharArray());
		String second = PasswordHash.create("same".toCharArray());
		assertNotEquals(first, second, "a random salt each time");
		String[] parts = first.split(":");
		assertTrue(parts[0].equals("pbkdf2-sha256"));
		assertTrue(Integer.parseInt(parts[1]) >= 210_000);
	}

	@Test
	void externalUsersAndDamagedHashesMatchNothing() {
		assertFalse(PasswordHash.matches("external".toCharArray(), PasswordHash.EXTERNAL));
		assertFalse(PasswordHash.matches("x".toCharArray(), "pbkdf2-sha256:210000:!!:??"));
		assertFalse(PasswordHash.matches("x".toCharArray(), null));
	}
}
