package io.cartograph.policy.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.xml.XmlProblem;

class BundleSafetyTest {

	@TempDir
	Path temp;

	private static final String DESCRIPTOR = "<APIProxy><name>p</name><policies><policy type=\"AssignMessage\">ok</policy></policies></APIProxy>";

	private Map<String, byte[]> minimal() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("APIProxy/p.xml", DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
		files.put("APIProxy/Policy/ok.xml", "<AssignMessage/>".getBytes(StandardCharsets.UTF_8));
		return files;
	}

	@ParameterizedTest
	@ValueSource(strings = { "../evil.xml", "APIProxy/../../evil.xml", "/etc/evil.xml", "C:/evil.xml", "APIProxy\\..\\evil.xml" })
	void entriesEscapingTheRootRefuseTheWholeArchive(String name) throws Exception {
		Map<String, byte[]> files = minimal();
		files.put(name, "x".getBytes(StandardCharsets.UTF_8));
		Path zip = Fixtures.zip(temp.resolve("escape.zip"), files);
		BundleException refused = assertThrows(BundleException.class, () -> ProxyBundles.read(zip));
		assertTrue(refused.getMessage().startsWith("Refused: entry '" + name + "'"), refused.getMessage());
	}

	@Test
	void aHighlyCompressibleEntryIsRefusedAsAZipBomb() throws Exception {
		Map<String, byte[]> files = minimal();
		files.put("APIProxy/FileResource/zeros.js", new byte[8 * 1024 * 1024]);
		Path zip = Fixtures.zip(temp.resolve("bomb.zip"), files);
		assertTrue(Files.size(zip) < 100_000, "the archive itself is small");
		BundleException refused = assertThrows(BundleException.class, () -> ProxyBundles.read(zip));
		assertTrue(refused.getMessage().contains("APIProxy/FileResource/zeros.js expands more than 100 times"), refused.getMessage());
	}

	@Test
	void tooManyBytesOrEntriesAreRefused() throws Exception {
		Map<String, byte[]> files = minimal();
		files.put("APIProxy/FileResource/a.js", new byte[5000]);
		Path zip = Fixtures.zip(temp.resolve("big.zip"), files);
		BundleException big = assertThrows(BundleException.class,
				() -> ProxyBundles.read(zip, new ArchiveLimits(100, 4000, 1_000_000, Long.MAX_VALUE)));
		assertTrue(big.getMessage().contains("unpacks to more than 4000 bytes"), big.getMessage());
		BundleException many = assertThrows(BundleException.class,
				() -> ProxyBundles.read(zip, new ArchiveLimits(2, Long.MAX_VALUE, 1_000_000, Long.MAX_VALUE)));
		assertTrue(many.getMessage().contains("more than 2 files"), many.getMessage());
	}

	@Test
	void anEntryNamedTwiceIsRefused() throws Exception {
		Path zip = temp.resolve("twice.zip");
		try (var stream = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
			for (String name : List.of("APIProxy/p.xml", "APIProxy/Policy/ok.xml", "APIProxy/./Policy/ok.xml")) {
				stream.putNextEntry(new java.util.zip.ZipEntry(name));
				stream.write("<AssignMessage/>".getBytes(StandardCharsets.UTF_8));
				stream.closeEntry();
			}
		}
		BundleException refused = assertThrows(BundleException.class, () -> ProxyBundles.read(zip));
		assertEquals("Refused: entry 'APIProxy/Policy/ok.xml' appears twice in the archive", refused.getMessage());
	}

	@Test
	void aSymbolicLinkInAFolderIsNotFollowed() throws Exception {
		Path folder = temp.resolve("linked");
		Files.createDirectories(folder.resolve("APIProxy/Policy"));
		Files.write(folder.resolve("APIProxy/p.xml"), DESCRIPTOR.getBytes(StandardCharsets.UTF_8));
		Path secret = Files.writeString(temp.resolve("outside.txt"), "do not read");
		try {
			Files.createSymbolicLink(folder.resolve("APIProxy/Policy/leak.xml"), secret);
		} catch (UnsupportedOperationException | java.io.IOException e) {
			org.junit.jupiter.api.Assumptions.abort("this file system cannot make symbolic links: " + e);
		}
		BundleImport read = ProxyBundles.read(folder);
		assertTrue(read.proxy().getPolicies().stream().noneMatch(p -> "do not read".equals(p.getXml())));
		assertTrue(read.proxy().getResources().stream().noneMatch(r -> "do not read".equals(r.getContent())));
		assertEquals("APIProxy/Policy/leak.xml: symbolic link not followed", read.problems().get(0).message());
	}

	@Test
	void aByteOrderMarkLineEndsAndBinaryFilesComeBackAsTheyWere() throws Exception {
		Map<String, byte[]> files = minimal();
		byte[] policy = "\uFEFF<AssignMessage>\r\n\t<Set/>\r\n</AssignMessage>\r\n".getBytes(StandardCharsets.UTF_8);
		files.put("APIProxy/Policy/bom.xml", policy);
		byte[] image = { (byte) 0x89, 'P', 'N', 'G', 0, 1, (byte) 0xfe };
		files.put("APIProxy/FileResource/logo.png", image);
		BundleImport read = ProxyBundles.read(Fixtures.zip(temp.resolve("bom.zip"), files));
		assertEquals(List.of(), read.problems());
		assertEquals("AssignMessage", read.proxy().getPolicies().get(1).getType());
		assertTrue(read.proxy().getResources().get(0).isBinary());
		Path out = temp.resolve("bom-out");
		ProxyBundles.write(read.proxy(), out);
		org.junit.jupiter.api.Assertions.assertArrayEquals(policy, Files.readAllBytes(out.resolve("APIProxy/Policy/bom.xml")));
		org.junit.jupiter.api.Assertions.assertArrayEquals(image, Files.readAllBytes(out.resolve("APIProxy/FileResource/logo.png")));
	}

	@Test
	void anythingButABundleIsRefused() throws Exception {
		Path zip = Fixtures.zip(temp.resolve("other.zip"), Map.of("readme.txt", new byte[] { 'h', 'i' }));
		BundleException refused = assertThrows(BundleException.class, () -> ProxyBundles.read(zip));
		assertTrue(refused.getMessage().contains("not an API proxy bundle"), refused.getMessage());
		Path notZip = Files.writeString(temp.resolve("x.zip"), "plain text");
		assertThrows(BundleException.class, () -> ProxyBundles.read(notZip));
	}

	@Test
	void malformedXmlIsLocatedAndTheRestLoadsWithTheRawTextKept() throws Exception {
		Map<String, byte[]> files = minimal();
		String broken = "<RaiseFault>\n  <FaultResponse>\n</RaiseFault>\n";
		files.put("APIProxy/Policy/broken.xml", broken.getBytes(StandardCharsets.UTF_8));
		String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<AssignMessage>&e;</AssignMessage>";
		files.put("APIProxy/Policy/xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
		BundleImport read = ProxyBundles.read(Fixtures.zip(temp.resolve("broken.zip"), files));
		ApiProxy proxy = read.proxy();
		assertEquals(3, proxy.getPolicies().size());
		Policy kept = proxy.getPolicies().stream().filter(p -> p.getName().equals("broken")).findFirst().orElseThrow();
		assertEquals(broken, kept.getXml());
		assertEquals("RaiseFault", kept.getType(), "the type is still known from the root element");
		List<XmlProblem> problems = read.problems();
		assertEquals(2, problems.size(), problems.toString());
		XmlProblem located = problems.stream().filter(p -> p.file().equals("APIProxy/Policy/broken.xml")).findFirst().orElseThrow();
		assertEquals(3, located.line());
		assertTrue(located.column() > 0);
		XmlProblem refused = problems.stream().filter(p -> p.file().equals("APIProxy/Policy/xxe.xml")).findFirst().orElseThrow();
		assertTrue(refused.message().contains("DOCTYPE"), refused.message());
		Policy xxePolicy = proxy.getPolicies().stream().filter(p -> p.getName().equals("xxe")).findFirst().orElseThrow();
		assertTrue(!xxePolicy.getXml().contains("root:"), "nothing was resolved");
	}

	@Test
	void aStepNamingAMissingPolicyKeepsTheNameAndIsReported() throws Exception {
		Map<String, byte[]> files = minimal();
		files.put("APIProxy/APIProxyEndPoint/default.xml", ("<ProxyEndPoint><name>default</name><preFlow><name>PreFlow</name>"
				+ "<request><steps><step><policy_name>ghost</policy_name><sequence>1</sequence></step></steps></request></preFlow></ProxyEndPoint>")
				.getBytes(StandardCharsets.UTF_8));
		BundleImport read = ProxyBundles.read(Fixtures.zip(temp.resolve("ghost.zip"), files));
		Policy ghost = read.proxy().getProxyEndpoints().get(0).getPreFlow().getRequestSteps().get(0).getPolicy();
		assertEquals("ghost", ghost.getName());
		assertNull(ghost.getXml(), "a policy without XML stands for the missing file");
		assertTrue(read.problems().get(0).message().contains("'ghost'"));
		Path out = temp.resolve("ghost-out");
		ProxyBundles.write(read.proxy(), out);
		assertTrue(!Files.exists(out.resolve("APIProxy/Policy/ghost.xml")));
		// the descriptor now lists the endpoint it lacked; everything else reads back the same
		assertEquals(ModelText.withoutKeptXml(read.proxy()), ModelText.withoutKeptXml(ProxyBundles.read(out).proxy()));
	}

	@Test
	void aResourcePathEscapingTheBundleIsNotWritten() throws Exception {
		ApiProxy proxy = ProxyBundles.read(Fixtures.zip(temp.resolve("p.zip"), minimal())).proxy();
		var resource = io.cartograph.model.landscape.LandscapeFactory.eINSTANCE.createProxyResource();
		resource.setPath("../../outside.txt");
		resource.setContent("x");
		proxy.getResources().add(resource);
		assertThrows(java.io.IOException.class, () -> ProxyBundles.write(proxy, temp.resolve("w/out")));
		assertTrue(!Files.exists(temp.resolve("outside.txt")));
		assertTrue(!Files.exists(temp.resolve("w/out")), "nothing half-written");
	}
}
