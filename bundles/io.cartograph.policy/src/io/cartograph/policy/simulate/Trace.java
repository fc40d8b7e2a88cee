package io.cartograph.policy.simulate;

import java.util.List;
import java.util.Optional;

/**
 * What the dry run saw: every step, the fault if one stopped the request, and the request as it
 * reaches the backend (null when it faulted). Secret values show as (secret).
 */
public record Trace(List<TraceStep> steps, Optional<Fault> fault, SimulatedRequest backendRequest) {

	public Trace {
		steps = List.copyOf(steps);
	}

	/** One line per step, then the fault or the backend request. */
	public String describe() {
		StringBuilder out = new StringBuilder();
		for (TraceStep step : steps) {
			out.append(step.ran() ? "RAN     " : "SKIPPED ").append(step.endpoint()).append(' ').append(step.flow()).append(' ')
					.append(step.phase()).append(": ").append(step.policy()).append(" (").append(step.policyType()).append(") - ")
					.append(step.reason());
			for (String effect : step.effects()) {
				out.append("\n          ").append(effect);
			}
			out.append('\n');
		}
		fault.ifPresent(f -> out.append("FAULT ").append(f.status()).append(": ").append(f.reason())
				.append(f.policy() == null ? "" : " (raised by " + f.policy() + ")").append('\n'));
		if (backendRequest != null) {
			out.append("BACKEND ").append(backendRequest.verb()).append(' ').append(backendRequest.path());
			if (!backendRequest.query().isEmpty()) {
				out.append(" query ").append(backendRequest.query());
			}
			out.append('\n');
			backendRequest.headers().forEach((name, value) -> out.append("  ").append(name).append(": ").append(value).append('\n'));
		}
		return out.toString();
	}
}
