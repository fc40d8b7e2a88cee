package io.cartograph.policy.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Puts a bundle's files on disk without ever leaving half a bundle: everything is written to a
 * temporary file or folder beside the target, then moved into place. A zip replaces the old one
 * atomically; a folder is swapped (old one renamed aside, new one moved in, old one deleted), so a
 * crash leaves either the old or the new folder plus a temporary one, never a mix.
 */
final class BundleOutput {

	private BundleOutput() {
	}

	static void write(Map<String, byte[]> files, Path target) throws IOException {
		for (String path : files.keySet()) {
			try {
				BundleFiles.safeName(path);
			} catch (BundleException e) {
				throw new IOException(e.getMessage(), e); // a resource path from the model that would escape the bundle
			}
		}
		Path absolute = target.toAbsolutePath();
		Path parent = absolute.getParent();
		Files.createDirectories(parent);
		String name = absolute.getFileName().toString();
		if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
			Path temporary = Files.createTempFile(parent, "." + name, ".tmp");
			try {
				try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
					for (Map.Entry<String, byte[]> file : files.entrySet()) {
						zip.putNextEntry(new ZipEntry(file.getKey()));
						zip.write(file.getValue());
						zip.closeEntry();
					}
				}
				move(temporary, absolute);
			} finally {
				Files.deleteIfExists(temporary);
			}
			return;
		}
		Path temporary = Files.createTempDirectory(parent, "." + name + ".");
		try {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				Path path = temporary.resolve(file.getKey()).normalize();
				if (!path.startsWith(temporary)) {
					throw new IOException("Refused to write " + file.getKey() + ": outside the bundle folder");
				}
				Files.createDirectories(path.getParent());
				Files.write(path, file.getValue());
			}
			if (Files.exists(absolute)) {
				Path aside = Files.createTempDirectory(parent, "." + name + ".old.");
				Files.delete(aside);
				move(absolute, aside);
				move(temporary, absolute);
				delete(aside);
			} else {
				move(temporary, absolute);
			}
		} finally {
			if (Files.exists(temporary)) {
				delete(temporary);
			}
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void delete(Path folder) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
