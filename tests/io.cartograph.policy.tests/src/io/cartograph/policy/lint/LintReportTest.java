package io.cartograph.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class LintReportTest {

	private static final List<LintReport.Linted> LINTED = List.of(new LintReport.Linted("my bundles/orders", List.of(
			new Finding("CG-SEC-006", Severity.ERROR, "verifyKey continues on error", "APIProxy/Policy/verifyKey.xml", 2, 7, null),
			new Finding("CG-FLW-002", Severity.WARNING, "spare is unused", "APIProxy/Policy/spare.xml", 0, 0, null))));

	@Test
	void textHasOneLinePerFindingAndASummary() {
		assertEquals("my bundles/orders/APIProxy/Policy/verifyKey.xml:2:7: error CG-SEC-006: verifyKey continues on error\n"
				+ "my bundles/orders/APIProxy/Policy/spare.xml: warning CG-FLW-002: spare is unused\n"
				+ "1 errors, 1 warnings, 0 infos in 1 bundle\n", LintReport.text(LINTED));
	}

	@Test
	void sarifLocationsAreUriReferencesAndRegionsOnlyWhenKnown() throws Exception {
		JsonNode run = new ObjectMapper().readTree(LintReport.sarif(LINTED, "1.0")).get("runs").get(0);
		assertEquals(LintRules.all().size(), run.get("tool").get("driver").get("rules").size());
		JsonNode first = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
		assertEquals("my%20bundles/orders/APIProxy/Policy/verifyKey.xml", first.get("artifactLocation").get("uri").asText());
		assertEquals(7, first.get("region").get("startColumn").asInt());
		assertTrue(run.get("results").get(1).get("locations").get(0).get("physicalLocation").get("region") == null);
		assertEquals("warning", run.get("results").get(1).get("level").asText());
		assertEquals(LintRules.all().indexOf(LintRules.of("CG-FLW-002").orElseThrow()),
				run.get("results").get(1).get("ruleIndex").asInt());
	}
}
