package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProvider;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.condition.ConditionSyntaxException;
import io.cartograph.policy.condition.Conditions;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;
import io.cartograph.policy.xml.XmlParseException;

/** Rules about steps and flows: references, conditions, sequence numbers, unused policies, providers. */
final class FlowChecks {

	private FlowChecks() {
	}

	static void check(ProxyView view, ApiManagement workspace, Findings findings) {
		endpointXml(view, findings);
		Set<String> policyNames = view.proxy.getPolicies().stream().filter(policy -> !ProxyView.placeholder(policy))
				.map(Policy::getName).collect(Collectors.toSet());
		Set<String> referenced = new HashSet<>();
		Set<Flow> flowsChecked = new HashSet<>();
		for (PlacedStep step : view.steps) {
			Policy policy = step.policy();
			String name = step.policyName();
			referenced.add(name);
			if (policy == null || policy.eIsProxy() || ProxyView.placeholder(policy) || !view.proxy.getPolicies().contains(policy)) {
				findings.add(LintRules.STEP_POLICY_MISSING, step.describe() + " names the policy '" + name
						+ "', which the proxy does not have: deploying fails. Create the policy or remove the step.", step);
			}
			condition(step.step().getCondition(), step.file(), step.location(), step.step(), findings);
			if (flowsChecked.add(step.flow())) {
				condition(step.flow().getCondition(), step.file(), view.conditionLocation(step.flow(), step.endpoint()),
						step.flow(), findings);
			}
		}
		// fault rules and steps the model does not hold still reference policies
		view.endpointXml.forEach((endpoint, document) -> {
			for (Element element : ProxyView.allStepElements(document)) {
				String name = ProxyView.stepName(element);
				if (referenced.add(name) && !policyNames.contains(name)) {
					findings.add(LintRules.STEP_POLICY_MISSING, "A step of " + endpoint.getName() + " names the policy '"
							+ name + "', which the proxy does not have: deploying fails. Create the policy or remove the step.",
							view.file(endpoint), element, endpoint);
				}
			}
		});
		for (Policy policy : view.typed.keySet()) {
			if (!referenced.contains(policy.getName())) {
				var typed = view.typed.get(policy);
				findings.add(LintRules.POLICY_UNUSED, policy.getName() + " is not attached to any step, so it never runs."
						+ " Attach it to a flow or delete it.", view.file(policy),
						typed.root().map(SafeXml::location).orElse(TextLocation.UNKNOWN), policy);
			}
		}
		sequences(view, findings);
		providers(view, workspace, findings);
	}

	private static void endpointXml(ProxyView view, Findings findings) {
		List<Endpoint> endpoints = new ArrayList<>(view.proxy.getProxyEndpoints());
		endpoints.addAll(view.proxy.getTargetEndpoints());
		for (Endpoint endpoint : endpoints) {
			if (endpoint.getXml() != null && !endpoint.getXml().isBlank() && !view.endpointXml.containsKey(endpoint)) {
				try {
					SafeXml.parse(view.file(endpoint), endpoint.getXml());
				} catch (XmlParseException e) {
					var problem = e.problem();
					findings.add(LintRules.XML_MALFORMED, problem.message(), problem.file(),
							new TextLocation(problem.line(), problem.column()), endpoint);
				}
			}
		}
	}

	private static void condition(String text, String file, TextLocation location, org.eclipse.emf.ecore.EObject subject,
			Findings findings) {
		try {
			Conditions.parse(text);
		} catch (ConditionSyntaxException e) {
			findings.add(LintRules.CONDITION_SYNTAX, "The condition '" + text + "' does not parse: " + e.getMessage()
					+ " (at character " + (e.offset() + 1) + "). The runtime rejects the proxy; correct the condition.",
					file, location, subject);
		}
	}

	/** SAP numbers steps; the numbers must grow in the order the steps are written, without repeats. */
	private static void sequences(ProxyView view, Findings findings) {
		for (Endpoint endpoint : view.endpointXml.keySet()) {
			Document document = view.endpointXml.get(endpoint);
			collectStepLists(document.getDocumentElement(), view.file(endpoint), endpoint, findings);
		}
		// endpoints built in code (no XML): the model's numbers, in list order
		for (PlacedStep step : view.steps) {
			if (view.endpointXml.containsKey(step.endpoint()) || step.step().getSequence() <= 0) {
				continue;
			}
			var list = step.request() ? step.flow().getRequestSteps() : step.flow().getResponseSteps();
			int index = list.indexOf(step.step());
			for (int i = 0; i < index; i++) {
				int before = list.get(i).getSequence();
				if (before >= step.step().getSequence()) {
					findings.add(LintRules.SEQUENCE_ORDER, step.describe() + " has sequence " + step.step().getSequence()
							+ (before == step.step().getSequence() ? ", the same as an earlier step" : " after a step with " + before)
							+ ": SAP API Management runs steps by number, not in the order shown. Renumber the steps in the order"
							+ " they should run.", step);
					break;
				}
			}
		}
	}

	private static void collectStepLists(Element element, String file, Endpoint endpoint, Findings findings) {
		if (SapSteps.isSteps(element)) {
			Integer previous = null;
			Set<Integer> seen = new HashSet<>();
			for (Element step : SapSteps.childSteps(element)) {
				Element sequence = ProxyView.first(step, "sequence");
				String text = sequence == null ? "" : sequence.getTextContent().strip();
				if (!text.matches("-?\\d{1,9}")) {
					continue;
				}
				int number = Integer.parseInt(text);
				if (!seen.add(number)) {
					findings.add(LintRules.SEQUENCE_ORDER, "Step " + ProxyView.stepName(step) + " repeats the sequence number "
							+ number + ": SAP API Management may run these steps in either order. Number the steps 1, 2, 3... in"
							+ " the order they should run.", file, sequence, endpoint);
				} else if (previous != null && number < previous) {
					findings.add(LintRules.SEQUENCE_ORDER, "Step " + ProxyView.stepName(step) + " has sequence " + number
							+ " after a step with " + previous + ": SAP API Management runs steps by number, not in the order"
							+ " written, so the flow does not run as it reads. Renumber the steps in the order they should run.",
							file, sequence, endpoint);
				}
				previous = previous == null ? number : Math.max(previous, number);
			}
			return;
		}
		for (var child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				collectStepLists(childElement, file, endpoint, findings);
			}
		}
	}

	private static void providers(ProxyView view, ApiManagement workspace, Findings findings) {
		if (workspace == null) {
			return;
		}
		Set<String> known = workspace.getProviders().stream().map(ApiProvider::getName).collect(Collectors.toSet());
		ApiProvider proxyProvider = view.proxy.getProvider();
		if (proxyProvider != null && !known.contains(proxyProvider.getName())) {
			findings.add(LintRules.PROVIDER_ABSENT, absent(proxyProvider.getName(), "The proxy"),
					view.sap ? "APIProxy/" + view.proxy.getName() + ".xml" : "apiproxy/" + view.proxy.getName() + ".xml",
					TextLocation.UNKNOWN, view.proxy);
		}
		for (TargetEndpoint target : view.proxy.getTargetEndpoints()) {
			Set<String> names = new HashSet<>();
			if (target.getProvider() != null && target.getProvider().getName() != null) {
				names.add(target.getProvider().getName());
			}
			Document document = view.endpointXml.get(target);
			Element providerId = document == null ? null : ProxyView.first(document.getDocumentElement(), "provider_id");
			if (providerId != null) {
				String name = providerId.getTextContent().strip();
				if (!name.isEmpty() && !name.equalsIgnoreCase("NONE")) {
					names.add(name);
				}
			}
			for (String name : names) {
				if (!known.contains(name)) {
					findings.add(LintRules.PROVIDER_ABSENT, absent(name, "TargetEndpoint " + target.getName()),
							view.file(target), providerId == null ? null : providerId, target);
				}
			}
		}
	}

	private static String absent(String provider, String who) {
		return who + " routes to the API provider '" + provider + "', which the workspace does not have: the backend"
				+ " cannot be reached. Create the provider in the workspace or correct the reference.";
	}
}
