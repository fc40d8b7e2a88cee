package io.cartograph.policy.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The policy types Cartograph knows element by element. */
public final class PolicyTypes {

	/** Types that decide whether a request may pass; a failure of one must not be ignored. */
	static final Set<String> SECURITY = Set.of("VerifyAPIKey", "OAuthV2", "BasicAuthentication", "AccessControl",
			"VerifyJWT", "DecodeJWT", "GetOAuthV2Info", "OAuthV1", "SAMLAssertion", "JSONThreatProtection",
			"XMLThreatProtection", "RegularExpressionProtection", "HMAC");

	private static final List<PolicyType> ALL = build();

	private PolicyTypes() {
	}

	/** The type named so (as in the policy's root element and the descriptor; SAP's Javascript too), if known. */
	public static Optional<PolicyType> of(String type) {
		// SAP exports JavaScript policies as <Javascript>; same policy, same elements
		String name = "Javascript".equals(type) ? "JavaScript" : type;
		return ALL.stream().filter(known -> known.name().equals(name)).findFirst();
	}

	/** Whether policies of this type (known here or not) guard access, e.g. VerifyAPIKey or VerifyJWT. */
	public static boolean isSecurity(String type) {
		return SECURITY.contains(type);
	}

	public static List<PolicyType> all() {
		return ALL;
	}

	private static List<PolicyType> build() {
		List<PolicyType> all = new ArrayList<>();
		all.addAll(SecurityTypes.all());
		all.addAll(MediationTypes.all());
		all.addAll(TrafficTypes.all());
		return List.copyOf(all);
	}
}
