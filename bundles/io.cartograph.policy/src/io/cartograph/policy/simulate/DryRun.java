package io.cartograph.policy.simulate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.condition.ConditionSyntaxException;
import io.cartograph.policy.condition.Conditions;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;

/**
 * Steps a request through a proxy without a gateway: the proxy endpoint's PreFlow, the first
 * conditional flow whose condition holds and the PostFlow on the request, the same on the target
 * endpoint, the backend request, then the response flows back (target, then proxy). Stops at the
 * first fault unless the policy says continueOnError.
 */
public final class DryRun {

	private final ApiProxy proxy;
	private final Message message;
	private final SecurityEffects security;
	private final MessageEffects messages;
	private final List<TraceStep> steps = new ArrayList<>();
	private Fault fault;

	private DryRun(ApiProxy proxy, ApiManagement workspace, SimulatedRequest request, SecretValues secrets, Set<String> tokens,
			String basePath) {
		this.proxy = proxy;
		this.message = new Message(request, basePath);
		this.security = new SecurityEffects(proxy, workspace, secrets == null ? SecretValues.none() : secrets, tokens, message);
		this.messages = new MessageEffects(message);
	}

	public static Trace run(ApiProxy proxy, ApiManagement workspace, SimulatedRequest request, SecretValues secrets) {
		return run(proxy, workspace, request, secrets, Set.of());
	}

	/** @param validTokens access tokens OAuthV2 VerifyAccessToken accepts */
	public static Trace run(ApiProxy proxy, ApiManagement workspace, SimulatedRequest request, SecretValues secrets,
			Set<String> validTokens) {
		ProxyEndpoint endpoint = proxy.getProxyEndpoints().stream()
				.filter(e -> e.getBasePath() == null || request.path().startsWith(e.getBasePath()))
				.max(Comparator.comparingInt(e -> e.getBasePath() == null ? 0 : e.getBasePath().length())).orElse(null);
		DryRun run = new DryRun(proxy, workspace, request, secrets, validTokens, endpoint == null ? null : endpoint.getBasePath());
		if (endpoint == null) {
			return new Trace(List.of(), Optional.of(new Fault(404, "no proxy endpoint has a base path matching " + request.path(), null)), null);
		}
		Flow proxyFlow = run.conditional(endpoint);
		Flow targetFlow = null;
		TargetEndpoint target = null;
		boolean routed = false;
		if (run.flows(endpoint, proxyFlow, true)) {
			Routing.Route route = Routing.choose(endpoint, proxy.getTargetEndpoints(), run::holds);
			if (route.step() != null) {
				run.steps.add(route.step());
			}
			target = route.target();
			routed = target != null;
			if (target != null) {
				targetFlow = run.conditional(target);
				run.flows(target, targetFlow, true);
			}
		}
		SimulatedRequest backend = null;
		if (run.fault == null && routed) {
			String url = target.getUrl() != null ? target.getUrl() : "(no URL: " + provider(target) + ")";
			backend = new SimulatedRequest(run.message.verb, url + run.message.get("proxy.pathsuffix").orElse(""),
					run.message.shownHeaders(), run.message.shownQuery(), run.message.clientIp, run.message.body);
		}
		if (run.fault == null) {
			run.message.set("response.status.code", "200", false);
			if (target == null || run.flows(target, targetFlow, false)) {
				run.flows(endpoint, proxyFlow, false);
			}
		}
		return new Trace(run.steps, Optional.ofNullable(run.fault), backend);
	}

	/** SAP names the API provider in the target XML; the model does not resolve it. */
	private static String provider(TargetEndpoint target) {
		String xml = target.getXml() == null ? "" : target.getXml();
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<(?:\\w+:)?provider_id>([^<]*)<").matcher(xml);
		return matcher.find() ? "API provider " + matcher.group(1).trim() : "a target without URL";
	}

	/** The first conditional flow whose condition holds (a flow without condition always does). */
	private Flow conditional(Endpoint endpoint) {
		for (Flow flow : endpoint.getConditionalFlows()) {
			if (holds(flow.getCondition()) == null) {
				return flow;
			}
		}
		return null;
	}

	/** PreFlow, the conditional flow, PostFlow of one phase; false once a fault stopped the run. */
	private boolean flows(Endpoint endpoint, Flow conditional, boolean request) {
		for (Flow flow : new Flow[] { endpoint.getPreFlow(), conditional, endpoint.getPostFlow() }) {
			if (flow == null) {
				continue;
			}
			for (Step step : request ? flow.getRequestSteps() : flow.getResponseSteps()) {
				step(endpoint, flow, request ? "request" : "response", step);
				if (fault != null) {
					return false;
				}
			}
		}
		return true;
	}

	/** Null when the condition holds, else why not. */
	private String holds(String condition) {
		if (condition == null || condition.isBlank()) {
			return null;
		}
		try {
			return Conditions.parse(condition).test(message) ? null : "condition false: " + condition;
		} catch (ConditionSyntaxException e) {
			return "condition does not parse (" + e.getMessage() + "): " + condition;
		}
	}

	private void step(Endpoint endpoint, Flow flow, String phase, Step step) {
		Policy policy = step.getPolicy();
		String name = policy == null ? "(none)" : policy.getName();
		String type = policy == null || policy.getType() == null ? "?" : policy.getType();
		List<String> effects = new ArrayList<>();
		String skipped = holds(step.getCondition());
		Element root = null;
		if (skipped == null && (policy == null || policy.getXml() == null)) {
			skipped = "policy " + name + " is not in the proxy";
		}
		if (skipped == null) {
			try {
				root = SafeXml.parse(name, policy.getXml().startsWith("\uFEFF") ? policy.getXml().substring(1) : policy.getXml()).getDocumentElement();
				if ("false".equalsIgnoreCase(root.getAttribute("enabled"))) {
					skipped = "policy disabled (enabled=\"false\")";
				}
			} catch (XmlParseException e) {
				skipped = "policy XML does not parse: " + e.problem().describe();
			}
		}
		String label = flow.getName() == null ? String.valueOf(flow.getKind()) : flow.getName();
		if (skipped != null) {
			steps.add(new TraceStep(TraceStep.where(endpoint), label, phase, name, type, false, skipped, effects));
			return;
		}
		Fault raised = apply(type, root, name, phase.equals("response"), effects);
		String reason = step.getCondition() == null || step.getCondition().isBlank() ? "no condition" : "condition true: " + step.getCondition();
		if (raised != null && "true".equalsIgnoreCase(root.getAttribute("continueOnError"))) {
			effects.add("fault " + raised.status() + " (" + raised.reason() + ") ignored: continueOnError=\"true\"");
			raised = null;
		}
		steps.add(new TraceStep(TraceStep.where(endpoint), label, phase, name, type, true, reason, effects));
		fault = raised;
	}

	private Fault apply(String type, Element root, String policy, boolean response, List<String> effects) {
		switch (type) {
			case "VerifyAPIKey": return security.verifyApiKey(root, policy, effects);
			case "KeyValueMapOperations": return security.keyValueMap(root, policy, effects);
			case "BasicAuthentication": return security.basicAuthentication(root, policy, effects);
			case "OAuthV2": return security.oauth(root, policy, effects);
			case "AccessControl": return security.accessControl(root, policy, effects);
			case "AssignMessage": return messages.assignMessage(root, response, effects);
			case "RaiseFault": return messages.raiseFault(root, policy);
			case "ServiceCallout": messages.serviceCallout(root, effects); return null;
			case "ExtractVariables": messages.extractVariables(root, effects); return null;
			case "Quota", "SpikeArrest": effects.add("passes (" + type + " limits are not simulated)"); return null;
			default: effects.add("not simulated: " + type); return null;
		}
	}
}
