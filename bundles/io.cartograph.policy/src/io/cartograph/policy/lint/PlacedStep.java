package io.cartograph.policy.lint;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.Step;
import io.cartograph.policy.xml.TextLocation;

/**
 * A step with where it runs and where it is written: its endpoint, flow, phase, position in the
 * order steps run, the endpoint file and its element there (null when the endpoint has no XML).
 */
record PlacedStep(Endpoint endpoint, Flow flow, boolean request, Step step, String file, Element element) {

	Policy policy() {
		return step.getPolicy();
	}

	String policyName() {
		return policy() != null ? policy().getName() : ProxyView.stepName(element);
	}

	String policyType() {
		return policy() != null && policy().getType() != null ? policy().getType() : "";
	}

	TextLocation location() {
		return element == null ? TextLocation.UNKNOWN : io.cartograph.policy.xml.SafeXml.location(element);
	}

	/** The flow and step condition together, as the runtime sees them: both must hold. */
	String effectiveCondition() {
		String flowCondition = flow.getCondition() == null ? "" : flow.getCondition().strip();
		String stepCondition = step.getCondition() == null ? "" : step.getCondition().strip();
		if (flowCondition.isEmpty()) {
			return stepCondition;
		}
		return stepCondition.isEmpty() ? flowCondition : "(" + flowCondition + ") and (" + stepCondition + ")";
	}

	/** {@code ProxyEndpoint default, PreFlow request, step 2 (verifyKey)} */
	String describe() {
		return (endpoint instanceof io.cartograph.model.landscape.ProxyEndpoint ? "ProxyEndpoint " : "TargetEndpoint ")
				+ endpoint.getName() + ", " + flowName(flow) + " " + (request ? "request" : "response") + ", step "
				+ policyName();
	}

	static String flowName(Flow flow) {
		return switch (flow.getKind()) {
		case PRE_FLOW -> "PreFlow";
		case POST_FLOW -> "PostFlow";
		default -> "flow " + flow.getName();
		};
	}
}
