package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** How many files a folder holds and how big they are, subfolders included. */
record FolderContents(long files, long bytes) {

	/**
	 * Counts regular files below {@code folder}. Symbolic links are not followed (a link to a
	 * big folder elsewhere is not part of the workspace); unreadable entries are skipped.
	 */
	static FolderContents of(Path folder) {
		long[] totals = new long[2];
		try {
			Files.walkFileTree(folder, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					if (attributes.isRegularFile()) {
						totals[0]++;
						totals[1] += attributes.size();
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw WorkspaceException.because("Cannot look through " + folder, e);
		}
		return new FolderContents(totals[0], totals[1]);
	}
}
