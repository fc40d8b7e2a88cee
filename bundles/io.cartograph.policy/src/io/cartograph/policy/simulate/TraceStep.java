package io.cartograph.policy.simulate;

import java.util.List;

import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.ProxyEndpoint;

/**
 * One step of the dry run.
 *
 * @param endpoint where: {@code ProxyEndpoint default} or {@code TargetEndpoint default} (both are
 *                 often named "default")
 * @param phase  request or response
 * @param ran    false when skipped (condition false, policy missing or disabled)
 * @param reason why it ran or was skipped, e.g. {@code condition false: request.verb = "POST"}
 * @param effects what it changed or would do: header set or removed, variable assigned, call it would make;
 *                values that came from a secret show as (secret)
 */
public record TraceStep(String endpoint, String flow, String phase, String policy, String policyType, boolean ran,
		String reason, List<String> effects) {

	public TraceStep {
		effects = List.copyOf(effects);
	}

	/** The endpoint as a trace names it: its kind and name. */
	static String where(Endpoint endpoint) {
		return (endpoint instanceof ProxyEndpoint ? "ProxyEndpoint " : "TargetEndpoint ") + endpoint.getName();
	}
}
