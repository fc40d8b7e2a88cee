package io.cartograph.core.secrets;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns the master password into the key Equinox encrypts with. Equinox itself derives its AES
 * key with only ten iterations, so a guessed password would be cheap to try; PBKDF2 with many
 * iterations and a random salt, stored beside the secrets, makes every guess expensive.
 */
record KeyDerivation(int iterations, byte[] salt) {

	private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
	private static final String PREFIX = "pbkdf2-sha512";
	static final int ITERATIONS = 210_000;

	static KeyDerivation fresh() {
		byte[] salt = new byte[16];
		new SecureRandom().nextBytes(salt);
		return new KeyDerivation(ITERATIONS, salt);
	}

	/** Reads what {@link #toString()} wrote. */
	static KeyDerivation parse(String text, Path file) {
		String[] parts = text.split(":");
		try {
			if (parts.length == 3 && parts[0].equals(PREFIX)) {
				int iterations = Integer.parseInt(parts[1]);
				byte[] salt = Base64.getDecoder().decode(parts[2]);
				if (iterations > 0 && salt.length >= 8) {
					return new KeyDerivation(iterations, salt);
				}
			}
		} catch (IllegalArgumentException e) {
			// reported below
		}
		throw new SecretStoreException("The secret store " + file + " is damaged (its key derivation entry "
				+ "cannot be read). Restore it from " + file.getFileName() + ".bak if that exists.");
	}

	/** The key for Equinox, as hexadecimal characters. The caller clears it when done. */
	PBEKeySpec derive(char[] masterPassword) {
		PBEKeySpec spec = new PBEKeySpec(masterPassword, salt, iterations, 256);
		try {
			byte[] key = SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
			char[] hex = HexFormat.of().formatHex(key).toCharArray();
			Arrays.fill(key, (byte) 0);
			PBEKeySpec result = new PBEKeySpec(hex);
			Arrays.fill(hex, '\0');
			return result;
		} catch (GeneralSecurityException e) {
			throw new SecretStoreException("This Java runtime cannot derive keys with " + ALGORITHM + ".", e);
		} finally {
			spec.clearPassword();
		}
	}

	@Override
	public String toString() {
		return PREFIX + ":" + iterations + ":" + Base64.getEncoder().encodeToString(salt);
	}
}
