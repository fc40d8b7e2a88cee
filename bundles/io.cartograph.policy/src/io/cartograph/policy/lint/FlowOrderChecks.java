package io.cartograph.policy.lint;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.policy.condition.Condition;
import io.cartograph.policy.condition.ConditionSyntaxException;
import io.cartograph.policy.condition.Conditions;
import io.cartograph.policy.condition.Variables;
import io.cartograph.policy.types.TypedPolicy;

/** Rules about the order and conditions of the security steps of the request path. */
final class FlowOrderChecks {

	private static final List<String> SAFE_VERBS = List.of("GET", "HEAD", "OPTIONS");
	private static final List<String> MUTATING_VERBS = List.of("POST", "PUT", "DELETE", "PATCH");

	private FlowOrderChecks() {
	}

	static void check(ProxyView view, Findings findings) {
		for (PlacedStep step : view.steps) {
			if (step.request() && is(view, step, "OAuthV2", "VerifyAccessToken") && !firstOfPreFlow(view, step)) {
				findings.add(LintRules.VERIFY_TOKEN_NOT_FIRST, "The access token is verified (" + step.policyName()
						+ ") only at " + step.describe() + ": steps before it run for callers without a valid token. Make it"
						+ " the first step of the ProxyEndpoint PreFlow request.", step);
			}
			if (step.request() && csrf(view, step) && !onlyMutatingVerbs(step.effectiveCondition())) {
				findings.add(LintRules.CSRF_UNCONDITIONAL, step.policyName() + " handles the x-csrf-token but its step"
						+ " runs for reads too (condition: " + shown(step.effectiveCondition()) + "): every GET pays an"
						+ " extra backend call. Add the condition request.verb = \"POST\" OR request.verb = \"PUT\" OR"
						+ " request.verb = \"DELETE\" OR request.verb = \"PATCH\".", step);
			}
		}
		for (ProxyEndpoint endpoint : view.proxy.getProxyEndpoints()) {
			List<PlacedStep> path = view.requestPath(endpoint);
			int verifyKey = indexOf(view, path, "VerifyAPIKey", null);
			for (int i = 0; verifyKey >= 0 && i < verifyKey; i++) {
				PlacedStep step = path.get(i);
				boolean kvmGet = view.typed.containsKey(step.policy()) && step.policyType().equals("KeyValueMapOperations")
						&& !view.typed.get(step.policy()).elements("Get").isEmpty();
				if (kvmGet || is(view, step, "BasicAuthentication", "Encode")) {
					findings.add(LintRules.API_KEY_TOO_LATE, step.policyName() + " reads backend credentials before the"
							+ " API key is checked (" + path.get(verifyKey).policyName() + "): callers without a valid key"
							+ " make the proxy fetch the secret. Move " + path.get(verifyKey).policyName()
							+ " before this step.", step);
				}
			}
			for (int i = 0; i < path.size(); i++) {
				PlacedStep step = path.get(i);
				if (!removesAuthorization(view, step)) {
					continue;
				}
				for (int j = i + 1; j < path.size(); j++) {
					if (verifiesAuthorization(view, path.get(j))) {
						findings.add(LintRules.AUTHORIZATION_REMOVED_EARLY, step.policyName()
								+ " removes the Authorization header before " + path.get(j).policyName()
								+ " verifies it, so the verification never sees the caller's credentials and fails."
								+ " Move the removal after the verification.", step);
						break;
					}
				}
			}
		}
	}

	private static boolean firstOfPreFlow(ProxyView view, PlacedStep step) {
		return step.endpoint() instanceof ProxyEndpoint && step.flow().getKind() == FlowKind.PRE_FLOW
				&& !step.flow().getRequestSteps().isEmpty() && step.flow().getRequestSteps().get(0) == step.step();
	}

	static boolean is(ProxyView view, PlacedStep step, String type, String operation) {
		TypedPolicy typed = view.typed.get(step.policy());
		if (typed == null || !typed.wellFormed() || !typed.type().equals(type)) {
			return false;
		}
		return operation == null || typed.operation().map(operation::equalsIgnoreCase).orElse(false);
	}

	private static int indexOf(ProxyView view, List<PlacedStep> path, String type, String operation) {
		for (int i = 0; i < path.size(); i++) {
			if (is(view, path.get(i), type, operation)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean csrf(ProxyView view, PlacedStep step) {
		TypedPolicy typed = view.typed.get(step.policy());
		return typed != null && typed.wellFormed() && Set.of("ServiceCallout", "AssignMessage").contains(typed.type())
				&& step.policy().getXml().toLowerCase(Locale.ROOT).contains("x-csrf-token");
	}

	/**
	 * Whether the condition reads request.verb, is false for every reading verb and true for at
	 * least one mutating verb (other variables absent). A condition that does not parse limits nothing.
	 */
	static boolean onlyMutatingVerbs(String text) {
		Condition condition;
		try {
			condition = Conditions.parse(text);
		} catch (ConditionSyntaxException e) {
			return false;
		}
		String verbVariable = condition.variables().stream().filter(name -> name.equalsIgnoreCase("request.verb")).findFirst()
				.orElse(null);
		if (verbVariable == null) {
			return false;
		}
		for (String verb : SAFE_VERBS) {
			if (condition.test(Variables.of(Map.of(verbVariable, verb)))) {
				return false;
			}
		}
		return MUTATING_VERBS.stream().anyMatch(verb -> condition.test(Variables.of(Map.of(verbVariable, verb))));
	}

	private static boolean removesAuthorization(ProxyView view, PlacedStep step) {
		TypedPolicy typed = view.typed.get(step.policy());
		return typed != null && typed.wellFormed() && typed.type().equals("AssignMessage") && typed
				.elements("Remove", "Headers", "Header").stream().anyMatch(header -> TypedPolicy.attribute(header, "name")
						.map(name -> name.strip().equalsIgnoreCase("Authorization")).orElse(false));
	}

	private static boolean verifiesAuthorization(ProxyView view, PlacedStep step) {
		return is(view, step, "OAuthV2", "VerifyAccessToken") || is(view, step, "BasicAuthentication", "Decode")
				|| is(view, step, "VerifyJWT", null);
	}

	private static String shown(String condition) {
		return condition.isBlank() ? "none" : condition;
	}
}
