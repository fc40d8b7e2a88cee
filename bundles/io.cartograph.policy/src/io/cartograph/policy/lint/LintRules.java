package io.cartograph.policy.lint;

import java.util.List;
import java.util.Optional;

/** Every rule of the policy lint. Ids never change meaning; new rules get new ids. */
public final class LintRules {

	static final String XML_MALFORMED = "CG-XML-001";
	/** Problems the bundle reader reports (files it could not place); the CLI adds them. */
	public static final String BUNDLE_PROBLEM = "CG-XML-002";
	static final String POLICY_UNKNOWN_PART = "CG-POL-001";
	static final String POLICY_INVALID = "CG-POL-002";
	static final String POLICY_UNKNOWN_TYPE = "CG-POL-003";
	static final String CONDITION_SYNTAX = "CG-CND-001";
	static final String VERIFY_TOKEN_NOT_FIRST = "CG-SEC-001";
	static final String API_KEY_TOO_LATE = "CG-SEC-002";
	static final String CSRF_UNCONDITIONAL = "CG-SEC-003";
	static final String AUTHORIZATION_REMOVED_EARLY = "CG-SEC-004";
	static final String BASIC_ENCODE_NO_ASSIGN_TO = "CG-SEC-005";
	static final String SECURITY_CONTINUE_ON_ERROR = "CG-SEC-006";
	static final String CREDENTIAL_LITERAL = "CG-SEC-007";
	static final String KVM_SCOPE = "CG-KVM-001";
	static final String KVM_ABSENT = "CG-REF-001";
	static final String PROVIDER_ABSENT = "CG-REF-002";
	static final String SCRIPT_ABSENT = "CG-REF-003";
	static final String PRIVATE_NEVER_ASSIGNED = "CG-VAR-001";
	static final String CIDR_INVALID = "CG-ACL-001";
	static final String CIDR_TOO_BROAD = "CG-ACL-002";
	static final String CIDR_SHADOWED = "CG-ACL-003";
	static final String STEP_POLICY_MISSING = "CG-FLW-001";
	static final String POLICY_UNUSED = "CG-FLW-002";
	static final String POLICY_DUPLICATE = "CG-FLW-003";
	static final String SEQUENCE_ORDER = "CG-FLW-004";
	static final String CALLOUT_NO_TIMEOUT = "CG-SC-001";
	static final String CALLOUT_TIMEOUT_TOO_LONG = "CG-SC-002";

	private static final List<LintRule> ALL = List.of(
			rule(XML_MALFORMED, Severity.ERROR, "XML is not well-formed", "BN011"),
			rule(BUNDLE_PROBLEM, Severity.WARNING, "Bundle file not read as expected", "BN001"),
			rule(POLICY_UNKNOWN_PART, Severity.WARNING, "Unknown element or attribute in a policy", "EP002"),
			rule(POLICY_INVALID, Severity.ERROR, "Policy misses a required element or attribute, or has a value of the wrong type"),
			rule(POLICY_UNKNOWN_TYPE, Severity.INFO, "Policy type not known element by element", "PO029"),
			rule(CONDITION_SYNTAX, Severity.ERROR, "Condition does not parse", "CC007"),
			rule(VERIFY_TOKEN_NOT_FIRST, Severity.ERROR, "VerifyAccessToken is not the first step of the ProxyEndpoint PreFlow"),
			rule(API_KEY_TOO_LATE, Severity.ERROR, "Credentials are read (KVM Get, Basic Encode) before VerifyAPIKey"),
			rule(CSRF_UNCONDITIONAL, Severity.WARNING, "CSRF token fetch not limited to POST, PUT, DELETE or PATCH"),
			rule(AUTHORIZATION_REMOVED_EARLY, Severity.ERROR, "Authorization header removed before it is verified"),
			rule(BASIC_ENCODE_NO_ASSIGN_TO, Severity.ERROR, "BasicAuthentication Encode without AssignTo"),
			rule(SECURITY_CONTINUE_ON_ERROR, Severity.ERROR, "continueOnError=\"true\" on a security policy"),
			rule(CREDENTIAL_LITERAL, Severity.ERROR, "Credential written into policy XML"),
			rule(KVM_SCOPE, Severity.ERROR, "Key value map scope is not environment, organization, apiproxy or policy"),
			rule(KVM_ABSENT, Severity.WARNING, "Key value map not in the workspace"),
			rule(PROVIDER_ABSENT, Severity.WARNING, "API provider not in the workspace"),
			rule(SCRIPT_ABSENT, Severity.WARNING, "JavaScript resource not in the bundle"),
			rule(PRIVATE_NEVER_ASSIGNED, Severity.WARNING, "private.* variable read but never assigned"),
			rule(CIDR_INVALID, Severity.ERROR, "AccessControl address or mask is invalid"),
			rule(CIDR_TOO_BROAD, Severity.WARNING, "AccessControl allows a range broader than the workspace allows"),
			rule(CIDR_SHADOWED, Severity.WARNING, "AccessControl address already decided by an earlier rule"),
			rule(STEP_POLICY_MISSING, Severity.ERROR, "Step names a policy that is not in the proxy", "BN010"),
			rule(POLICY_UNUSED, Severity.WARNING, "Policy not attached to any step", "BN005"),
			rule(POLICY_DUPLICATE, Severity.WARNING, "Policy duplicates another one", "BN014"),
			rule(SEQUENCE_ORDER, Severity.WARNING, "SAP step sequence numbers out of order or repeated"),
			rule(CALLOUT_NO_TIMEOUT, Severity.WARNING, "ServiceCallout without a timeout"),
			rule(CALLOUT_TIMEOUT_TOO_LONG, Severity.WARNING, "ServiceCallout timeout longer than the workspace allows"));

	private LintRules() {
	}

	public static List<LintRule> all() {
		return ALL;
	}

	public static Optional<LintRule> of(String id) {
		return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
	}

	private static LintRule rule(String id, Severity severity, String title, String... apigeelint) {
		return new LintRule(id, severity, title, List.of(apigeelint));
	}
}
