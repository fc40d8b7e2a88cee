package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class PolicyLintCommandTest {

	@TempDir
	Path temp;

	private static final String VERIFY_KEY = """
			<VerifyAPIKey async="false" continueOnError="%s" enabled="true" name="Verify-Key">
			  <APIKey ref="request.header.apikey"/>
			</VerifyAPIKey>
			""";

	private static final String KVM = """
			<KeyValueMapOperations name="Read-Credentials" mapIdentifier="backend">
			  <Get assignTo="private.user"><Key><Parameter>user</Parameter></Key></Get>
			  <Scope>environment</Scope>
			</KeyValueMapOperations>
			""";

	/** An Apigee bundle folder: the key check in the PreFlow, then the given extra steps. */
	private Path bundle(String name, String continueOnError, boolean withUnusedKvm, String... steps) throws IOException {
		Path apiproxy = temp.resolve(name).resolve("apiproxy");
		write(apiproxy.resolve(name + ".xml"), "<APIProxy revision=\"1\" name=\"" + name + "\"><Policies><Policy>Verify-Key</Policy>"
				+ (withUnusedKvm ? "<Policy>Read-Credentials</Policy>" : "") + "</Policies><ProxyEndpoints>"
				+ "<ProxyEndpoint>default</ProxyEndpoint></ProxyEndpoints></APIProxy>");
		write(apiproxy.resolve("policies/Verify-Key.xml"), VERIFY_KEY.formatted(continueOnError));
		if (withUnusedKvm) {
			write(apiproxy.resolve("policies/Read-Credentials.xml"), KVM);
		}
		List<String> all = new ArrayList<>(List.of("Verify-Key"));
		all.addAll(List.of(steps));
		StringBuilder endpoint = new StringBuilder("<ProxyEndpoint name=\"default\">\n  <PreFlow name=\"PreFlow\">\n    <Request>\n");
		for (String step : all) {
			endpoint.append("      <Step><Name>").append(step).append("</Name></Step>\n");
		}
		endpoint.append("    </Request>\n  </PreFlow>\n  <HTTPProxyConnection><BasePath>/").append(name)
				.append("</BasePath></HTTPProxyConnection>\n</ProxyEndpoint>\n");
		write(apiproxy.resolve("proxies/default.xml"), endpoint.toString());
		return temp.resolve(name);
	}

	private static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}

	@Test
	void aCleanBundlePassesWithExitZero() throws IOException {
		CliRun run = CliRun.of("policy", "lint", bundle("clean", "false", false).toString());
		assertEquals(0, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains("0 errors, 0 warnings"), run.out());
	}

	@Test
	void errorsFailAndAreShownWithFileAndLine() throws IOException {
		Path bundle = bundle("lenient", "true", false);
		CliRun run = CliRun.of("policy", "lint", bundle.toString());
		assertEquals(1, run.exitCode(), run.out() + run.err());
		assertTrue(run.out().contains(bundle + "/apiproxy/policies/Verify-Key.xml:1:"), run.out());
		assertTrue(run.out().contains("error CG-SEC-006"), run.out());
	}

	@Test
	void warningsFailOnlyBeyondMaxWarnings() throws IOException {
		Path bundle = bundle("spare", "false", true);
		CliRun lenient = CliRun.of("policy", "lint", bundle.toString());
		assertEquals(0, lenient.exitCode(), lenient.out() + lenient.err());
		assertTrue(lenient.out().contains("warning CG-FLW-002"), lenient.out());
		assertEquals(0, CliRun.of("policy", "lint", bundle.toString(), "--max-warnings", "1").exitCode());
		CliRun strict = CliRun.of("policy", "lint", bundle.toString(), "--max-warnings", "0");
		assertEquals(1, strict.exitCode());
		assertTrue(strict.err().contains("more than the 0 allowed"), strict.err());
	}

	@Test
	void sarifHasRulesResultsAndLocations() throws IOException {
		CliRun run = CliRun.of("policy", "lint", bundle("lenient", "true", true).toString(), "--format", "sarif");
		assertEquals(1, run.exitCode(), run.err());
		JsonNode sarif = new ObjectMapper().readTree(run.out());
		assertEquals("2.1.0", sarif.get("version").asText());
		JsonNode runNode = sarif.get("runs").get(0);
		List<String> ruleIds = new ArrayList<>();
		runNode.get("tool").get("driver").get("rules").forEach(rule -> ruleIds.add(rule.get("id").asText()));
		assertTrue(ruleIds.contains("CG-SEC-006") && ruleIds.contains("CG-FLW-002"), ruleIds.toString());
		JsonNode result = null;
		for (JsonNode candidate : runNode.get("results")) {
			if (candidate.get("ruleId").asText().equals("CG-SEC-006")) {
				result = candidate;
			}
		}
		assertTrue(result != null, run.out());
		assertEquals("error", result.get("level").asText());
		assertFalse(result.get("message").get("text").asText().isBlank());
		JsonNode physical = result.get("locations").get(0).get("physicalLocation");
		assertTrue(physical.get("artifactLocation").get("uri").asText().endsWith("apiproxy/policies/Verify-Key.xml"));
		assertEquals(1, physical.get("region").get("startLine").asInt());
		assertTrue(physical.get("region").get("startColumn").asInt() > 0);
	}

	@Test
	void jsonListsFindingsPerBundle() throws IOException {
		CliRun run = CliRun.of("policy", "lint", bundle("a", "false", true).toString(), bundle("b", "true", false).toString(),
				"--format", "json");
		assertEquals(1, run.exitCode());
		JsonNode json = new ObjectMapper().readTree(run.out());
		assertEquals(2, json.get("bundles").size());
		assertEquals(1, json.get("errors").asInt());
		assertEquals("CG-FLW-002", json.get("bundles").get(0).get("findings").get(0).get("ruleId").asText());
	}

	@Test
	void theWorkspaceKnowsWhichKeyValueMapsExist() throws IOException {
		Path bundle = bundle("kvm", "false", false, "Read-Credentials");
		write(bundle.resolve("apiproxy/policies/Read-Credentials.xml"), KVM);
		assertFalse(CliRun.of("policy", "lint", bundle.toString()).out().contains("CG-REF-001"));
		Path workspace = temp.resolve("workspace");
		assertEquals(0, CliRun.of("workspace", "create", "--workspace", workspace.toString()).exitCode());
		CliRun run = CliRun.of("policy", "lint", bundle.toString(), "--workspace", workspace.toString());
		assertTrue(run.out().contains("warning CG-REF-001"), run.out() + run.err());
	}

	@Test
	void usageMistakesExitWithTwoAndUnreadableBundlesWithOne() throws IOException {
		assertEquals(2, CliRun.of("policy", "lint").exitCode());
		assertEquals(2, CliRun.of("policy", "lint", bundle("x", "false", false).toString(), "--format", "xml").exitCode());
		CliRun missing = CliRun.of("policy", "lint", temp.resolve("nowhere").toString());
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("no such file or folder"), missing.err());
	}
}
