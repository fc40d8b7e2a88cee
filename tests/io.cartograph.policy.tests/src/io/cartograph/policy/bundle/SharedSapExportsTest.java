package io.cartograph.policy.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.ApiProxy;

/**
 * The real SAP exports in ../shared/fixtures/sap-apim (next to the checkout; not part of the
 * project) imported and exported again without loss. Skipped, with the reason, when they are absent.
 * -Dcartograph.sharedFixtures=PATH points at the sap-apim folder explicitly.
 */
class SharedSapExportsTest {

	@TempDir
	Path temp;

	@Test
	void everyRealExportComesBackWithoutLoss() throws Exception {
		Path shared = sharedFixtures();
		String configured = System.getProperty("cartograph.sharedFixtures");
		Assumptions.assumeTrue(shared != null, configured != null && !configured.isBlank()
				? "-Dcartograph.sharedFixtures=" + configured + " is not a folder: the check against real SAP exports is skipped"
				: "../shared/fixtures/sap-apim not found next to the checkout (searched upwards from " + Path.of("").toAbsolutePath()
						+ "; set -Dcartograph.sharedFixtures=PATH): the check against real SAP exports is skipped");
		List<Path> exports;
		try (Stream<Path> list = Files.list(shared)) {
			exports = list.filter(path -> Files.isDirectory(path.resolve("APIProxy"))).sorted().toList();
		}
		assertFalse(exports.isEmpty(), "no APIProxy/ export in " + shared);
		List<String> checked = new ArrayList<>();
		for (Path export : exports) {
			BundleImport first = ProxyBundles.read(export);
			assertEquals(List.of(), first.problems(), export.toString());
			ApiProxy proxy = first.proxy();
			Path zip = temp.resolve(export.getFileName() + ".zip");
			ProxyBundles.write(proxy, zip);
			Path folder = temp.resolve(export.getFileName().toString());
			ProxyBundles.write(ProxyBundles.read(zip).proxy(), folder);
			Map<String, byte[]> original = Fixtures.files(export);
			Map<String, byte[]> written = Fixtures.files(folder);
			assertEquals(original.keySet(), written.keySet(), export.toString());
			for (Map.Entry<String, byte[]> file : original.entrySet()) {
				assertArrayEquals(file.getValue(), written.get(file.getKey()), export + ": " + file.getKey());
			}
			assertEquals(ModelText.of(proxy), ModelText.of(ProxyBundles.read(folder).proxy()), export.toString());
			checked.add(export.getFileName().toString());
		}
		System.out.println("Real SAP exports imported and exported without loss: " + checked);
	}

	static Path sharedFixtures() throws IOException {
		String configured = System.getProperty("cartograph.sharedFixtures");
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isDirectory(path) ? path : null;
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared/fixtures/sap-apim");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}
}
