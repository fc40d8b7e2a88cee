package io.cartograph.core.secrets;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

import io.cartograph.core.CartographHome;
import io.cartograph.core.workspace.AtomicFiles;
import io.cartograph.model.landscape.SecretReference;

/**
 * The secrets of all workspaces of one user (client secrets, passwords, API keys, key value map
 * entries), kept encrypted in Equinox secure storage under the UUID of the
 * {@link SecretReference} that stands for them in the model. The model files never hold a
 * secret, so a workspace can be copied, shared or put under version control as it is.
 * <p>
 * The store is one file, {@code secure_storage}, in a folder outside every workspace (by default
 * {@code $CARTOGRAPH_HOME/secure}). It is encrypted with a key derived from a master password
 * that the caller supplies: no operating-system keyring and no password dialog of Equinox are
 * involved. Only one Cartograph at a time should write to a store.
 */
public final class SecretStore implements AutoCloseable {

	public static final String FILE_NAME = "secure_storage";
	private static final String NODE = "cartograph";
	private static final String SECRETS = NODE + "/secrets";
	private static final String DERIVATION = "kdf";
	private static final String CHECK = "check";
	private static final String CHECK_TEXT = "Cartograph secret store";

	private final Path file;
	private final ISecurePreferences root;
	private final PBEKeySpec key;
	private boolean closed;

	private SecretStore(Path file, ISecurePreferences root, PBEKeySpec key) {
		this.file = file;
		this.root = root;
		this.key = key;
	}

	/** {@code $CARTOGRAPH_HOME/secure}. */
	public static Path defaultFolder() {
		return CartographHome.folder().resolve("secure");
	}

	/** Opens (or starts) the store in {@link #defaultFolder()}. */
	public static SecretStore openDefault(char[] masterPassword) {
		return open(defaultFolder(), masterPassword);
	}

	/**
	 * Opens the store in {@code folder}, starting an empty one there if there is none. The
	 * caller may clear {@code masterPassword} afterwards.
	 *
	 * @throws WrongMasterPasswordException when the password does not open an existing store
	 * @throws SecretStoreException         when the store is damaged or cannot be written
	 */
	public static SecretStore open(Path folder, char[] masterPassword) {
		Path file = folder.toAbsolutePath().normalize().resolve(FILE_NAME);
		if (masterPassword == null || masterPassword.length == 0) {
			throw new SecretStoreException("The secret store " + file + " needs a master password.");
		}
		try {
			privateFolder(file.getParent());
			URL location = location(file);
			// First without a key: the salt of the key derivation is stored unencrypted.
			String derivation = SecurePreferencesFactory.open(location, options(null)).node(NODE).get(DERIVATION, null);
			boolean fresh = derivation == null;
			if (fresh) {
				refuseForeignFile(file);
				derivation = KeyDerivation.fresh().toString();
			}
			PBEKeySpec key = KeyDerivation.parse(derivation, file).derive(masterPassword);
			SecretStore store = new SecretStore(file, SecurePreferencesFactory.open(location, options(key)), key);
			if (fresh) {
				store.root.node(NODE).put(DERIVATION, derivation, false);
				store.root.node(NODE).put(CHECK, CHECK_TEXT, true);
				store.flush();
			} else {
				store.checkKey();
			}
			return store;
		} catch (IOException e) {
			throw new SecretStoreException("Cannot open the secret store " + file + ": " + e.getMessage(), e);
		} catch (StorageException e) {
			throw new SecretStoreException("Cannot start the secret store " + file + ": " + e.getMessage(), e);
		}
	}

	private static Map<Object, Object> options(PBEKeySpec key) {
		// Mutable: Equinox may add a password given on the command line.
		Map<Object, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		if (key != null) {
			options.put(IProviderHints.DEFAULT_PASSWORD, key);
		}
		return options;
	}

	/** Equinox wants file URLs whose paths are not encoded (a space stays a space). */
	@SuppressWarnings("deprecation")
	private static URL location(Path file) throws MalformedURLException {
		return file.toFile().toURL();
	}

	/** A file that is there but not ours (or damaged) is never overwritten with a new store. */
	private static void refuseForeignFile(Path file) throws IOException {
		if (Files.isRegularFile(file) && Files.size(file) > 0) {
			Path backup = file.resolveSibling(FILE_NAME + ".bak");
			throw new SecretStoreException("The secret store " + file + " is damaged or was not written by "
					+ "Cartograph; it is left as it is. " + (Files.exists(backup)
							? "Restore it from " + backup.getFileName() + ", or move it away to start an empty store."
							: "Move it away to start an empty store."));
		}
	}

	private void checkKey() {
		String check;
		try {
			check = root.node(NODE).get(CHECK, null);
		} catch (StorageException e) {
			check = null;
		}
		if (!CHECK_TEXT.equals(check)) {
			key.clearPassword();
			throw new WrongMasterPasswordException(file);
		}
	}

	/** The store's file. */
	public Path file() {
		return file;
	}

	/** Keeps {@code secret} (encrypted, on disk at once) as the value of the reference; null removes it. */
	public synchronized void put(SecretReference reference, char[] secret) {
		requireOpen();
		if (secret == null) {
			remove(reference);
			return;
		}
		try {
			root.node(SECRETS).put(uuidOf(reference), new String(secret), true);
		} catch (StorageException e) {
			throw new SecretStoreException("Cannot encrypt a secret for the store " + file + ".", e);
		}
		flush();
	}

	/** The secret of the reference, if the store has it. The caller clears the array when done. */
	public synchronized Optional<char[]> get(SecretReference reference) {
		requireOpen();
		String uuid = uuidOf(reference);
		if (!stored().contains(uuid)) {
			return Optional.empty();
		}
		try {
			String secret = root.node(SECRETS).get(uuid, null);
			return Optional.ofNullable(secret).map(String::toCharArray);
		} catch (StorageException e) {
			throw new SecretStoreException("The secret " + uuid + " in " + file + " cannot be decrypted; "
					+ "enter it again.", e);
		}
	}

	/** Whether the store has a secret for the reference (nothing is decrypted). */
	public synchronized boolean has(SecretReference reference) {
		requireOpen();
		return stored().contains(uuidOf(reference));
	}

	/** Forgets the secret of the reference. */
	public synchronized void remove(SecretReference reference) {
		requireOpen();
		root.node(SECRETS).remove(uuidOf(reference));
		flush();
	}

	/** The UUIDs of the references the store has secrets for. */
	synchronized Set<String> stored() {
		return Set.of(root.node(SECRETS).keys());
	}

	/**
	 * Writes the store to disk, keeping the previous file as {@code secure_storage.bak} (Equinox
	 * rewrites the file in place), readable by its owner only.
	 */
	public synchronized void flush() {
		try {
			if (Files.isRegularFile(file) && Files.size(file) > 0) {
				// A copy, not a hard link: Equinox rewrites the store in place.
				Path backup = file.resolveSibling(FILE_NAME + ".bak");
				AtomicFiles.write(backup, Files.readAllBytes(file));
				ownerOnly(backup);
			}
			root.flush();
			ownerOnly(file);
		} catch (IOException e) {
			throw new SecretStoreException("Cannot write the secret store " + file + ": " + e.getMessage(), e);
		}
	}

	/** Writes what is pending and forgets the key. */
	@Override
	public synchronized void close() {
		if (!closed) {
			try {
				flush();
			} finally {
				key.clearPassword();
				closed = true;
			}
		}
	}

	private void requireOpen() {
		if (closed) {
			throw new IllegalStateException("The secret store " + file + " is closed.");
		}
	}

	private static String uuidOf(SecretReference reference) {
		String uuid = reference.getUuid();
		if (uuid == null || uuid.isBlank()) {
			throw new IllegalArgumentException("A secret reference needs its UUID before it can hold a secret.");
		}
		return uuid;
	}

	private static void privateFolder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			Files.createDirectories(folder);
			ownerOnly(folder);
		}
	}

	/** Nobody else on the machine needs even the encrypted secrets. */
	private static void ownerOnly(Path path) {
		try {
			boolean folder = Files.isDirectory(path);
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(folder ? "rwx------" : "rw-------"));
		} catch (UnsupportedOperationException | IOException e) {
			// Not a POSIX file system: the user's profile folder protects it.
		}
	}
}
