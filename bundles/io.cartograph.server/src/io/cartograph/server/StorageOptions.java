package io.cartograph.server;

import java.nio.file.Path;
import java.util.Set;

/** {@code --data DIR | --jdbc URL [--jdbc-user U] [--jdbc-password-env VAR]}, shared by the server's commands. */
final class StorageOptions {

	static final Set<String> NAMES = Set.of("--data", "--jdbc", "--jdbc-user", "--jdbc-password-env");

	static final String USAGE = "[--data DIR | --jdbc URL [--jdbc-user U] [--jdbc-password-env VAR]]";

	private StorageOptions() {
	}

	static Path defaultDirectory() {
		return Path.of(System.getProperty("user.home"), ".cartograph", "server");
	}

	static JdbcStorage open(Options options) throws Options.UsageError {
		String jdbc = options.value("--jdbc");
		if (jdbc != null && options.value("--data") != null) {
			throw new Options.UsageError("give --data or --jdbc, not both");
		}
		if (jdbc == null) {
			Path directory = options.value("--data") == null ? defaultDirectory()
					: Path.of(options.value("--data")).toAbsolutePath().normalize();
			return JdbcStorage.openDirectory(directory);
		}
		char[] password = options.fromEnvironment("--jdbc-password-env");
		try {
			return JdbcStorage.open(jdbc, options.value("--jdbc-user"), password);
		} finally {
			PasswordHash.wipe(password);
		}
	}
}
