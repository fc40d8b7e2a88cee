package io.cartograph.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.cartograph.policy.bundle.ProxyBundles;

/**
 * Lints SAP's own exports when {@code ../shared/fixtures/sap-apim/} lies next to the checkout
 * (they are not part of the project; the test says so and is skipped when they are absent).
 */
class RealSapExportsTest {

	private static Path exports() {
		for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve("shared/fixtures/sap-apim");
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	@Test
	void findingsOnRealExportsPointAtTheirFiles() throws Exception {
		Path exports = exports();
		if (exports == null) {
			System.out.println("RealSapExportsTest: ../shared/fixtures/sap-apim is absent next to the checkout: nothing to lint");
			return;
		}
		List<Path> bundles;
		try (Stream<Path> children = Files.list(exports)) {
			bundles = children.filter(child -> Files.isDirectory(child.resolve("APIProxy"))).sorted().toList();
		}
		assertTrue(bundles.size() >= 6, bundles.toString());
		for (Path bundle : bundles) {
			List<Finding> findings = PolicyLint.lint(ProxyBundles.read(bundle).proxy(), null);
			for (Finding finding : findings) {
				assertTrue(Files.isRegularFile(bundle.resolve(finding.file())), bundle + ": " + finding.describe());
				assertTrue(!finding.ruleId().equals(LintRules.XML_MALFORMED), finding.describe());
			}
			String name = bundle.getFileName().toString();
			if (name.equals("OAuthTokenGeneration")) {
				// SAP's export has a condition with a '(' that is never closed
				List<Finding> syntax = findings.stream().filter(f -> f.ruleId().equals(LintRules.CONDITION_SYNTAX)).toList();
				assertEquals(1, syntax.size(), findings.toString());
				assertTrue(syntax.get(0).line() > 0, syntax.get(0).describe()); // at the flow's <conditions>
			}
			if (name.equals("URLMask")) {
				// the descriptor lists util, proxyHost and urlMask, but the export holds no script
				assertTrue(count(findings, LintRules.SCRIPT_ABSENT) >= 2, findings.toString());
			}
		}
	}

	private static long count(List<Finding> findings, String rule) {
		return findings.stream().filter(finding -> finding.ruleId().equals(rule)).count();
	}
}
