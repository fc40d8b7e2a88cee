package io.cartograph.core.workspace;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * The contents of {@code cartograph-workspace.properties}, the file that makes a folder a
 * Cartograph workspace.
 */
record WorkspaceDescriptor(String name, int formatVersion, Instant created, String createdBy) {

	static final String FILE_NAME = "cartograph-workspace.properties";

	/** The only format this build writes, and the newest it reads. */
	static final int CURRENT_FORMAT = 1;

	private static final String NAME = "name";
	private static final String FORMAT_VERSION = "format.version";
	private static final String CREATED = "created";
	private static final String CREATED_BY = "created.by";

	static WorkspaceDescriptor read(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (CharacterCodingException | IllegalArgumentException e) {
			throw damaged(file, "it is not a text file of the expected form");
		} catch (IOException e) {
			throw WorkspaceException.because("Cannot read " + file, e);
		}
		// The format version first: a newer format may have other keys, and deserves the
		// "newer Cartograph" message rather than "damaged".
		int formatVersion = formatVersion(file, properties);
		if (formatVersion > CURRENT_FORMAT) {
			throw new WorkspaceException(file.getParent() + " was written by a newer Cartograph "
					+ "(workspace format " + formatVersion + "; this version reads format "
					+ CURRENT_FORMAT + " and older). Open it with a newer Cartograph.");
		}
		String name = properties.getProperty(NAME, "").strip();
		if (name.isEmpty()) {
			throw damaged(file, "the workspace name is missing");
		}
		String createdBy = properties.getProperty(CREATED_BY, "").strip();
		return new WorkspaceDescriptor(name, formatVersion, created(file, properties),
				createdBy.isEmpty() ? "unknown" : createdBy);
	}

	private static int formatVersion(Path file, Properties properties) {
		String value = properties.getProperty(FORMAT_VERSION);
		if (value == null) {
			throw damaged(file, "'" + FORMAT_VERSION + "' is missing");
		}
		try {
			int version = Integer.parseInt(value.strip());
			if (version < 1) {
				throw damaged(file, "'" + FORMAT_VERSION + "' is " + version);
			}
			return version;
		} catch (NumberFormatException e) {
			throw damaged(file, "'" + FORMAT_VERSION + "' is not a number");
		}
	}

	private static Instant created(Path file, Properties properties) {
		String value = properties.getProperty(CREATED);
		if (value == null) {
			throw damaged(file, "'" + CREATED + "' is missing");
		}
		try {
			return Instant.parse(value.strip());
		} catch (DateTimeParseException e) {
			throw damaged(file, "'" + CREATED + "' is not a date and time");
		}
	}

	private static WorkspaceException damaged(Path file, String detail) {
		return new WorkspaceException(file + " is damaged or incomplete (" + detail + "). "
				+ "Restore it from a backup, or copy the workspace again if it was copied.");
	}

	/** Saves the descriptor atomically: a reader sees the old file or the new one. */
	void write(Path file) throws IOException {
		String text = "# Cartograph workspace. This file marks the folder as a workspace: keep it.\n"
				+ NAME + "=" + escape(name) + "\n"
				+ FORMAT_VERSION + "=" + formatVersion + "\n"
				+ CREATED + "=" + created + "\n"
				+ CREATED_BY + "=" + escape(createdBy) + "\n";
		AtomicFiles.writeString(file, text);
	}

	/** Escapes a value so that {@link Properties#load(Reader)} reads it back unchanged. */
	static String escape(String value) {
		StringBuilder escaped = new StringBuilder(value.length());
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> escaped.append("\\\\");
				case '\n' -> escaped.append("\\n");
				case '\r' -> escaped.append("\\r");
				case '\t' -> escaped.append("\\t");
				case '\f' -> escaped.append("\\f");
				case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
				default -> {
					if (c < 0x20) {
						escaped.append(String.format("\\u%04x", (int) c));
					} else {
						escaped.append(c);
					}
				}
			}
		}
		return escaped.toString();
	}
}
