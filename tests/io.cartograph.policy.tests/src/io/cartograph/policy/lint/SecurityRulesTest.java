package io.cartograph.policy.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ApiManagement;

/** The security rules (CG-SEC-*): for each a proxy that makes it fire and one that does not. */
class SecurityRulesTest {

	static List<Finding> lint(TestProxy proxy) {
		return PolicyLint.lint(proxy.proxy, null);
	}

	static List<Finding> of(String rule, List<Finding> findings) {
		return findings.stream().filter(finding -> finding.ruleId().equals(rule)).toList();
	}

	static void fires(String rule, TestProxy proxy) {
		List<Finding> findings = lint(proxy);
		assertFalse(of(rule, findings).isEmpty(), rule + " should fire: " + findings);
	}

	static void quiet(String rule, TestProxy proxy) {
		List<Finding> findings = lint(proxy);
		assertTrue(of(rule, findings).isEmpty(), rule + " should not fire: " + findings);
	}

	static void fires(String rule, TestProxy proxy, ApiManagement workspace) {
		List<Finding> findings = PolicyLint.lint(proxy.proxy, workspace);
		assertFalse(of(rule, findings).isEmpty(), rule + " should fire: " + findings);
	}

	static void quiet(String rule, TestProxy proxy, ApiManagement workspace) {
		List<Finding> findings = PolicyLint.lint(proxy.proxy, workspace);
		assertTrue(of(rule, findings).isEmpty(), rule + " should not fire: " + findings);
	}

	@Test
	void verifyAccessTokenMustBeFirstInTheProxyPreFlow() {
		TestProxy late = new TestProxy().policy("kvm", Xml.KVM_GET).policy("verifyToken", Xml.VERIFY_TOKEN)
				.pre("kvm", "verifyToken");
		List<Finding> findings = of(LintRules.VERIFY_TOKEN_NOT_FIRST, lint(late));
		assertEquals(1, findings.size());
		assertEquals(Severity.ERROR, findings.get(0).severity());
		assertTrue(findings.get(0).message().contains("first step of the ProxyEndpoint PreFlow"), findings.get(0).message());
		fires(LintRules.VERIFY_TOKEN_NOT_FIRST, new TestProxy().policy("verifyToken", Xml.VERIFY_TOKEN)
				.conditional("orders", "proxy.pathsuffix MatchesPath \"/orders\"", "verifyToken"));
		quiet(LintRules.VERIFY_TOKEN_NOT_FIRST, new TestProxy().policy("kvm", Xml.KVM_GET)
				.policy("verifyToken", Xml.VERIFY_TOKEN).pre("verifyToken", "kvm"));
	}

	@Test
	void apiKeyMustBeVerifiedBeforeCredentialsAreRead() {
		TestProxy late = new TestProxy().policy("kvm", Xml.KVM_GET).policy("basic", Xml.BASIC_ENCODE)
				.policy("verifyKey", Xml.VERIFY_KEY).pre("kvm", "verifyKey").targetPre("basic");
		List<Finding> findings = of(LintRules.API_KEY_TOO_LATE, lint(late));
		assertEquals(1, findings.size(), findings.toString()); // the Basic encode runs after the key check
		assertEquals(late.endpoint.getPreFlow().getRequestSteps().get(0), findings.get(0).subject());
		fires(LintRules.API_KEY_TOO_LATE, new TestProxy().policy("basic", Xml.BASIC_ENCODE).policy("verifyKey", Xml.VERIFY_KEY)
				.pre("basic", "verifyKey"));
		quiet(LintRules.API_KEY_TOO_LATE, new TestProxy().policy("kvm", Xml.KVM_GET).policy("basic", Xml.BASIC_ENCODE)
				.policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey", "kvm", "basic"));
	}

	@Test
	void csrfFetchMustBeLimitedToMutatingVerbs() {
		fires(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT).pre("csrf"));
		fires(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT)
				.preWhen("csrf", "request.verb != \"DELETE\""));
		fires(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT)
				.preWhen("csrf", "proxy.pathsuffix MatchesPath \"/orders\""));
		fires(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("setToken", Xml.assignHeader("x-csrf-token", "{csrfResponse.header.x-csrf-token}"))
				.pre("setToken"));
		quiet(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT)
				.preWhen("csrf", "request.verb = \"POST\" OR request.verb = \"PUT\" OR request.verb = \"DELETE\""));
		quiet(LintRules.CSRF_UNCONDITIONAL, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT)
				.conditional("changes", "request.verb != \"GET\" and request.verb != \"HEAD\" and request.verb != \"OPTIONS\"",
						"csrf"));
	}

	@Test
	void authorizationHeaderMustNotBeRemovedBeforeItIsVerified() {
		fires(LintRules.AUTHORIZATION_REMOVED_EARLY, new TestProxy().policy("remove", Xml.REMOVE_AUTHORIZATION)
				.policy("verifyToken", Xml.VERIFY_TOKEN).pre("remove", "verifyToken"));
		quiet(LintRules.AUTHORIZATION_REMOVED_EARLY, new TestProxy().policy("remove", Xml.REMOVE_AUTHORIZATION)
				.policy("verifyToken", Xml.VERIFY_TOKEN).pre("verifyToken", "remove"));
	}

	@Test
	void basicEncodeNeedsAssignTo() {
		String withoutAssignTo = Xml.BASIC_ENCODE.replaceAll("\\s*<AssignTo.*</AssignTo>", "");
		fires(LintRules.BASIC_ENCODE_NO_ASSIGN_TO, new TestProxy().policy("basic", withoutAssignTo).pre("basic"));
		quiet(LintRules.BASIC_ENCODE_NO_ASSIGN_TO, new TestProxy().policy("basic", Xml.BASIC_ENCODE).pre("basic"));
	}

	@Test
	void securityPoliciesMustNotContinueOnError() {
		TestProxy lenient = new TestProxy().policy("verifyKey", Xml.VERIFY_KEY.replace("continueOnError=\"false\"",
				"continueOnError=\"true\"")).pre("verifyKey");
		List<Finding> findings = of(LintRules.SECURITY_CONTINUE_ON_ERROR, lint(lenient));
		assertEquals(1, findings.size());
		assertEquals("APIProxy/Policy/verifyKey.xml", findings.get(0).file());
		assertEquals(1, findings.get(0).line());
		assertEquals(lenient.policy("verifyKey"), findings.get(0).subject());
		quiet(LintRules.SECURITY_CONTINUE_ON_ERROR, new TestProxy().policy("verifyKey", Xml.VERIFY_KEY).pre("verifyKey"));
		quiet(LintRules.SECURITY_CONTINUE_ON_ERROR, new TestProxy().policy("csrf", Xml.CSRF_CALLOUT.replace(
				"continueOnError=\"false\"", "continueOnError=\"true\"")).pre("csrf"));
	}

	@Test
	void credentialsMustNotBeWrittenIntoPolicies() {
		String literalPassword = Xml.BASIC_ENCODE.replace("<Password ref=\"private.password\"/>", "<Password>s3cr3t-Pa55</Password>");
		List<Finding> findings = of(LintRules.CREDENTIAL_LITERAL,
				lint(new TestProxy().policy("basic", literalPassword).pre("basic")));
		assertEquals(1, findings.size());
		assertFalse(findings.get(0).message().contains("s3cr3t"), "the finding must not repeat the secret");
		fires(LintRules.CREDENTIAL_LITERAL, new TestProxy()
				.policy("auth", Xml.assignHeader("Authorization", "Basic dXNlcjpwYXNzd29yZA==")).pre("auth"));
		fires(LintRules.CREDENTIAL_LITERAL, new TestProxy().policy("key", Xml.assignHeader("APIKey", "abc123")).pre("key"));
		quiet(LintRules.CREDENTIAL_LITERAL, new TestProxy()
				.policy("auth", Xml.assignHeader("Authorization", "Basic {private.basic}")).pre("auth"));
		quiet(LintRules.CREDENTIAL_LITERAL, new TestProxy().policy("basic", Xml.BASIC_ENCODE)
				.policy("accept", Xml.assignHeader("Accept-Encoding", "gzip")).pre("basic", "accept"));
	}
}
