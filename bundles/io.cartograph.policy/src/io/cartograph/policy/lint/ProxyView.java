package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.policy.types.TypedPolicy;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;
import io.cartograph.policy.xml.XmlParseException;

/**
 * A proxy as the rules need it: every step in the order the runtime meets them (ProxyEndpoint
 * PreFlow, conditional flows, PostFlow, then the TargetEndpoints), tied to its element in the
 * endpoint XML for line numbers, and every policy parsed once.
 */
final class ProxyView {

	final ApiProxy proxy;
	final boolean sap;
	final List<PlacedStep> steps = new ArrayList<>();
	final Map<Policy, TypedPolicy> typed = new LinkedHashMap<>();
	/** Endpoint XML as parsed (absent when the endpoint has none or it is malformed). */
	final Map<Endpoint, Document> endpointXml = new HashMap<>();

	ProxyView(ApiProxy proxy) {
		this.proxy = proxy;
		this.sap = proxy.getBundleFormat() != ProxyBundleFormat.APIGEE;
		for (Policy policy : proxy.getPolicies()) {
			if (!placeholder(policy)) {
				typed.put(policy, TypedPolicy.parse(policy));
			}
		}
		for (ProxyEndpoint endpoint : proxy.getProxyEndpoints()) {
			place(endpoint);
		}
		for (Endpoint endpoint : proxy.getTargetEndpoints()) {
			place(endpoint);
		}
	}

	/** The bundle reader keeps a step's missing policy as a policy without XML, so the step keeps its name. */
	static boolean placeholder(Policy policy) {
		return policy.getXml() == null;
	}

	String file(Endpoint endpoint) {
		boolean isProxy = endpoint instanceof ProxyEndpoint;
		String folder = sap ? (isProxy ? "APIProxy/APIProxyEndPoint/" : "APIProxy/APITargetEndPoint/")
				: (isProxy ? "apiproxy/proxies/" : "apiproxy/targets/");
		return folder + endpoint.getName() + ".xml";
	}

	String file(Policy policy) {
		return TypedPolicy.file(policy);
	}

	/** The steps of the request path through one ProxyEndpoint and then the target endpoints. */
	List<PlacedStep> requestPath(ProxyEndpoint endpoint) {
		return steps.stream().filter(step -> step.request() && (step.endpoint() == endpoint || !(step.endpoint() instanceof ProxyEndpoint)))
				.toList();
	}

	private void place(Endpoint endpoint) {
		Element root = null;
		if (endpoint.getXml() != null && !endpoint.getXml().isBlank()) {
			try {
				Document document = SafeXml.parse(file(endpoint), endpoint.getXml());
				endpointXml.put(endpoint, document);
				root = document.getDocumentElement();
			} catch (XmlParseException e) {
				// reported by the endpoint XML rule; steps stay without lines
			}
		}
		List<Flow> flows = new ArrayList<>();
		if (endpoint.getPreFlow() != null) {
			flows.add(endpoint.getPreFlow());
		}
		flows.addAll(endpoint.getConditionalFlows());
		if (endpoint.getPostFlow() != null) {
			flows.add(endpoint.getPostFlow());
		}
		for (boolean request : new boolean[] { true, false }) {
			for (Flow flow : flows) {
				List<Element> elements = stepElements(root, flow, request);
				List<Step> modelSteps = request ? flow.getRequestSteps() : flow.getResponseSteps();
				for (int i = 0; i < modelSteps.size(); i++) {
					Element element = i < elements.size() ? elements.get(i) : null;
					steps.add(new PlacedStep(endpoint, flow, request, modelSteps.get(i), file(endpoint), element));
				}
			}
		}
	}

	/** The step elements of a flow's request or response, in document order. */
	static List<Element> stepElements(Element root, Flow flow, boolean request) {
		Element flowElement = root == null ? null : flowElement(root, flow);
		Element phase = flowElement == null ? null : first(flowElement, request ? "request" : "response");
		List<Element> found = new ArrayList<>();
		if (phase != null) {
			collect(phase, "step", found);
		}
		return found;
	}

	/** Where a flow's condition is written (Apigee {@code <Condition>}, SAP {@code <conditions>}), else the flow. */
	TextLocation conditionLocation(Flow flow, Endpoint endpoint) {
		Document document = endpointXml.get(endpoint);
		Element flowElement = document == null ? null : flowElement(document.getDocumentElement(), flow);
		if (flowElement == null) {
			return TextLocation.UNKNOWN;
		}
		Element condition = first(flowElement, "condition");
		if (condition == null) {
			condition = first(flowElement, "conditions");
		}
		return SafeXml.location(condition != null ? condition : flowElement);
	}

	/** Every step element anywhere in an endpoint (flows and fault rules), in document order. */
	static List<Element> allStepElements(Document document) {
		List<Element> found = new ArrayList<>();
		collect(document.getDocumentElement(), "step", found);
		return found;
	}

	/** The policy a step element names: Apigee {@code <Name>}, SAP {@code <policy_name>}. */
	static String stepName(Element step) {
		if (step == null) {
			return "(unnamed)";
		}
		Element name = first(step, "name");
		if (name == null) {
			name = first(step, "policy_name");
		}
		return name == null ? "(unnamed)" : name.getTextContent().strip();
	}

	static Element flowElement(Element root, Flow flow) {
		if (flow.getKind() == FlowKind.PRE_FLOW) {
			return first(root, "preflow");
		}
		if (flow.getKind() == FlowKind.POST_FLOW) {
			return first(root, "postflow");
		}
		Element flows = first(root, "flows");
		if (flows == null) {
			flows = first(root, "conditionalflows");
		}
		if (flows == null) {
			return null;
		}
		for (Node child = flows.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				String name = TypedPolicy.attribute(element, "name").orElse(null);
				Element nameElement = first(element, "name");
				if (name == null && nameElement != null) {
					name = nameElement.getTextContent().strip();
				}
				if (flow.getName() != null && flow.getName().equals(name)) {
					return element;
				}
			}
		}
		return null;
	}

	/** The first child element with that name, ignoring case (SAP writes preFlow, Apigee PreFlow). */
	static Element first(Element parent, String lowerName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && TypedPolicy.name(element).toLowerCase(Locale.ROOT).equals(lowerName)) {
				return element;
			}
		}
		return null;
	}

	private static void collect(Element parent, String lowerName, List<Element> found) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				if (TypedPolicy.name(element).toLowerCase(Locale.ROOT).equals(lowerName)) {
					found.add(element);
				} else {
					collect(element, lowerName, found);
				}
			}
		}
	}
}
