package io.cartograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of the schema: a SQL file shipped in the bundle under {@code db/migration/}.
 *
 * @param version     the schema version the store has after this step
 * @param description recorded in {@code schema_version}
 * @param resource    path of the SQL file inside the bundle
 */
record Migration(int version, String description, String resource) {

	/**
	 * The statements of the SQL file. A statement ends with a semicolon at the end of a line;
	 * lines starting with {@code --} are comments. Kept this simple on purpose: migrations are
	 * plain DDL written by us, not arbitrary SQL.
	 */
	List<String> statements() {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text().split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			throw new IllegalStateException(resource + " ends with a statement without ';'");
		}
		return statements;
	}

	private String text() {
		// Class.getResourceAsStream goes through the bundle's class loader in OSGi and the class
		// path elsewhere, so the same lookup works in the product, in tests and in plain Java.
		try (InputStream in = Migration.class.getResourceAsStream("/" + resource)) {
			if (in == null) {
				throw new IllegalStateException("Schema migration " + resource
						+ " is missing from the io.cartograph.store bundle (check build.properties)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read schema migration " + resource, e);
		}
	}
}
