package io.cartograph.policy.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The bundles we wrote under fixtures/, copied out of the test fragment, and zips built from files. */
public final class Fixtures {

	private Fixtures() {
	}

	/** Copies fixtures/NAME (a folder holding APIProxy/ or apiproxy/) into {@code into}/NAME. */
	public static Path copy(String name, Path into) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(Fixtures.class);
		Enumeration<URL> entries = bundle.findEntries("fixtures/" + name, "*", true);
		if (entries == null) {
			throw new AssertionError("fixtures/" + name + " is not in the test fragment");
		}
		Path root = into.resolve(name);
		while (entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String path = url.getPath().substring(url.getPath().indexOf("fixtures/" + name) + ("fixtures/" + name).length());
			if (path.endsWith("/")) {
				continue;
			}
			Path target = root.resolve(path.substring(1));
			Files.createDirectories(target.getParent());
			try (InputStream in = url.openStream()) {
				Files.copy(in, target);
			}
		}
		return root;
	}

	/** Every file under a folder, by its path relative to it. */
	static Map<String, byte[]> files(Path folder) throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.filter(Files::isRegularFile).toList()) {
				files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
			}
		}
		return files;
	}

	static Path zip(Path zip, Map<String, byte[]> files) throws IOException {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				stream.putNextEntry(new ZipEntry(file.getKey()));
				stream.write(file.getValue());
				stream.closeEntry();
			}
		}
		return zip;
	}
}
