package io.cartograph.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks on the store's folder and database file before H2 is let near them. */
final class StoreFolder {

	/** How every H2 2.x database file starts (its header block is text). */
	private static final byte[] H2_FILE_START = "H:2,".getBytes(StandardCharsets.US_ASCII);

	private StoreFolder() {
	}

	/** Creates the folder when missing; refuses a folder H2 cannot use. */
	static void prepare(Path directory) {
		if (directory.toString().contains(";")) {
			// H2 would read everything after ';' as settings.
			throw new StoreException("The folder " + directory
					+ " contains ';', which the database cannot handle. Choose a folder without ';'.");
		}
		if (Files.exists(directory) && !Files.isDirectory(directory)) {
			throw new StoreException(directory + " is a file, but the store needs a folder there. "
					+ "Move the file away and try again.");
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new StoreException("Cannot create the store folder " + directory + ": " + e
					+ ". Check that you may write there.", e);
		}
	}

	/**
	 * Refuses a database file that does not start like one. H2 reports some foreign files only
	 * as vague I/O errors, and it must never treat a stranger's file as its own.
	 */
	static void refuseForeignFile(Path file) {
		if (!Files.isRegularFile(file)) {
			return;
		}
		byte[] start = new byte[H2_FILE_START.length];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(start, 0, start.length);
		} catch (IOException e) {
			throw new StoreException("The store " + file + " cannot be read: " + e.getMessage()
					+ ". Check that you may read and write it.", e);
		}
		// An empty file is what a crash during creation leaves; H2 starts it afresh.
		if (read > 0 && !Arrays.equals(start, H2_FILE_START)) {
			throw StoreException.damaged(file, null);
		}
	}
}
