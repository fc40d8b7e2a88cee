package io.cartograph.policy.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of a bundle, by their path inside it ({@code /} separators), read from a zip or a folder
 * under {@link ArchiveLimits}. Entry sizes in a zip header are never trusted: each entry is read
 * through a counting stream that stops as soon as a limit is passed.
 */
final class BundleFiles {

	private final ArchiveLimits limits;
	private final Map<String, byte[]> files = new TreeMap<>();
	private final List<String> skipped = new ArrayList<>();
	private long total;
	private int entries;

	private BundleFiles(ArchiveLimits limits) {
		this.limits = limits;
	}

	/** Files by path; sorted so that reading is deterministic. */
	Map<String, byte[]> files() {
		return files;
	}

	/** What was left out and why (symbolic links in a folder). */
	List<String> skipped() {
		return skipped;
	}

	static BundleFiles read(Path zipOrFolder, ArchiveLimits limits) throws IOException, BundleException {
		BundleFiles bundle = new BundleFiles(limits);
		if (Files.isDirectory(zipOrFolder)) {
			bundle.readFolder(zipOrFolder);
		} else if (Files.isRegularFile(zipOrFolder)) {
			bundle.readZip(zipOrFolder);
		} else {
			throw new BundleException("No bundle at " + zipOrFolder + ": neither a folder nor a zip file");
		}
		return bundle;
	}

	private void readFolder(Path root) throws IOException, BundleException {
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(root)) {
			paths = walk.filter(path -> !path.equals(root)).sorted().toList();
		}
		for (Path path : paths) {
			String name = root.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/");
			if (Files.isSymbolicLink(path)) {
				// a link could point anywhere on the disk; the bundle is only what is inside the folder
				skipped.add(name + ": symbolic link not followed");
				continue;
			}
			if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
				continue;
			}
			countEntry(name);
			try (InputStream in = Files.newInputStream(path, LinkOption.NOFOLLOW_LINKS)) {
				files.put(name, readBounded(name, in, -1));
			}
		}
	}

	private void readZip(Path zip) throws IOException, BundleException {
		try (ZipFile archive = new ZipFile(zip.toFile())) {
			Enumeration<? extends ZipEntry> entries = archive.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				String name = safeName(entry.getName());
				countEntry(name); // folders count too: millions of empty ones are an attack as well
				if (entry.isDirectory()) {
					continue;
				}
				if (files.containsKey(name)) {
					// two entries with one name: which one a tool unpacks differs, so neither is trusted
					throw new BundleException("Refused: entry '" + name + "' appears twice in the archive");
				}
				try (InputStream in = archive.getInputStream(entry)) {
					files.put(name, readBounded(name, in, entry.getCompressedSize()));
				}
			}
		} catch (ZipException e) {
			throw new BundleException(zip.getFileName() + " is not a readable zip archive: " + e.getMessage());
		}
	}

	private void countEntry(String name) throws BundleException {
		if (++entries > limits.maxEntries()) {
			throw new BundleException("Refused: the bundle has more than " + limits.maxEntries() + " files (at " + name + ")");
		}
	}

	/** Reads at most what the limits allow, counting real bytes, and checks the compression ratio as it goes. */
	private byte[] readBounded(String name, InputStream in, long compressedSize) throws IOException, BundleException {
		var out = new java.io.ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long size = 0;
		int read;
		while ((read = in.read(buffer)) > 0) {
			size += read;
			total += read;
			if (total > limits.maxTotalBytes()) {
				throw new BundleException("Refused: the bundle unpacks to more than " + limits.maxTotalBytes()
						+ " bytes (limit reached in " + name + ")");
			}
			if (compressedSize >= 0 && size > limits.ratioThresholdBytes()
					&& size > limits.maxRatio() * Math.max(1, compressedSize)) {
				throw new BundleException("Refused: " + name + " expands more than " + limits.maxRatio()
						+ " times its compressed size (" + compressedSize + " bytes), as a zip bomb does");
			}
			out.write(buffer, 0, read);
		}
		return out.toByteArray();
	}

	/**
	 * The entry's path if it stays inside the bundle. Backslashes and drive letters are refused
	 * outright: other tools would read them as separators and roots.
	 */
	static String safeName(String raw) throws BundleException {
		if (raw == null || raw.isEmpty() || raw.indexOf('\0') >= 0) {
			throw new BundleException("Refused: an entry has an empty or invalid name");
		}
		if (raw.indexOf('\\') >= 0) {
			throw new BundleException("Refused: entry '" + raw + "' contains a backslash");
		}
		if (raw.startsWith("/")) {
			throw new BundleException("Refused: entry '" + raw + "' is an absolute path");
		}
		if (raw.length() >= 2 && raw.charAt(1) == ':' && Character.isLetter(raw.charAt(0))) {
			throw new BundleException("Refused: entry '" + raw + "' starts with a drive letter");
		}
		List<String> segments = new ArrayList<>();
		for (String segment : raw.split("/")) {
			if (segment.isEmpty() || segment.equals(".")) {
				continue;
			}
			if (segment.equals("..")) {
				if (segments.isEmpty()) {
					throw new BundleException("Refused: entry '" + raw + "' escapes the bundle folder");
				}
				segments.remove(segments.size() - 1);
			} else {
				segments.add(segment);
			}
		}
		if (segments.isEmpty()) {
			throw new BundleException("Refused: entry '" + raw + "' names no file");
		}
		return String.join("/", segments) + (raw.endsWith("/") ? "/" : "");
	}
}
