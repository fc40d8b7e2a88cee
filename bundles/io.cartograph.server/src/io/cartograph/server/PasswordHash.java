package io.cartograph.server;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashes as the server stores them: PBKDF2 with HMAC-SHA256, 210,000 iterations (the
 * OWASP figure for this function), a random 16-byte salt, 32 bytes of output, in the text form
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}. The iteration count is stored, so a later increase
 * does not lock out existing users.
 */
public final class PasswordHash {

	static final int ITERATIONS = 210_000;
	private static final String PREFIX = "pbkdf2-sha256";
	/** Stored for users who sign in through an external identity provider: matches no password. */
	static final String EXTERNAL = "external";
	private static final SecureRandom RANDOM = new SecureRandom();
	/** Compared against when the user is unknown, so that the answer takes as long as for a known one. */
	private static final String DECOY = create("decoy".toCharArray());

	private PasswordHash() {
	}

	public static String create(char[] password) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		byte[] hash = derive(password, salt, ITERATIONS);
		Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
		return PREFIX + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(hash);
	}

	/** Whether {@code password} is the one {@code stored} was made from; compares in constant time. */
	static boolean matches(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split(":");
		if (parts.length != 4 || !PREFIX.equals(parts[0])) {
			matches(password, DECOY);
			return false;
		}
		try {
			int iterations = Integer.parseInt(parts[1]);
			byte[] salt = Base64.getDecoder().decode(parts[2]);
			byte[] expected = Base64.getDecoder().decode(parts[3]);
			byte[] actual = derive(password, salt, iterations);
			return MessageDigest.isEqual(expected, actual);
		} catch (IllegalArgumentException e) {
			return false;
		}
	}

	/** Spends the time a check would, for an unknown user. */
	static void checkDecoy(char[] password) {
		matches(password, DECOY);
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("The JDK lacks PBKDF2WithHmacSHA256", e);
		} finally {
			spec.clearPassword();
		}
	}

	static void wipe(char[] password) {
		if (password != null) {
			Arrays.fill(password, '\0');
		}
	}
}
