package io.cartograph.policy.bundle;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Flow;
import io.cartograph.model.landscape.FlowKind;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.Step;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.xml.Elements;

/**
 * Takes the model's part out of an endpoint document: name, base path, virtual host, target URL and
 * the flows with their steps. The writer uses the same reading to tell whether the model still says
 * what the kept XML says (then the XML is written back untouched).
 */
final class EndpointXml {

	private final BundleLayout layout;
	private final Function<String, Policy> policies;

	/** @param policies the policy a step names; never null (the reader makes a placeholder for a missing one) */
	EndpointXml(BundleLayout layout, Function<String, Policy> policies) {
		this.layout = layout;
		this.policies = policies;
	}

	void read(Element root, Endpoint endpoint, String fallbackName) {
		String name = layout == BundleLayout.SAP ? Elements.childText(root, "name") : Elements.attribute(root, "name");
		endpoint.setName(name != null ? name : fallbackName);
		if (endpoint instanceof ProxyEndpoint proxy) {
			proxy.setBasePath(Elements.text(basePath(root)));
			proxy.setVirtualHost(Elements.text(virtualHost(root)));
		} else if (endpoint instanceof TargetEndpoint target) {
			target.setUrl(Elements.text(url(root)));
		}
		Element pre = Elements.child(root, layout.preFlow);
		if (pre != null) {
			endpoint.setPreFlow(flow(pre, FlowKind.PRE_FLOW));
		}
		for (Element conditional : Elements.children(Elements.child(root, layout.flows), layout.flow)) {
			endpoint.getConditionalFlows().add(flow(conditional, FlowKind.CONDITIONAL));
		}
		Element post = Elements.child(root, layout.postFlow);
		if (post != null) {
			endpoint.setPostFlow(flow(post, FlowKind.POST_FLOW));
		}
	}

	Element basePath(Element root) {
		return layout == BundleLayout.SAP ? Elements.child(root, "base_path")
				: Elements.child(Elements.child(root, "HTTPProxyConnection"), "BasePath");
	}

	Element virtualHost(Element root) {
		return layout == BundleLayout.SAP ? Elements.descendant(root, "virtualhost")
				: Elements.child(Elements.child(root, "HTTPProxyConnection"), "VirtualHost");
	}

	Element url(Element root) {
		return layout == BundleLayout.SAP ? Elements.child(root, "url")
				: Elements.child(Elements.child(root, "HTTPTargetConnection"), "URL");
	}

	String flowName(Element element) {
		return layout == BundleLayout.SAP ? Elements.childText(element, "name") : Elements.attribute(element, "name");
	}

	private Flow flow(Element element, FlowKind kind) {
		Flow flow = LandscapeFactory.eINSTANCE.createFlow();
		flow.setUuid(UUID.randomUUID().toString());
		flow.setKind(kind);
		flow.setName(flowName(element));
		if (kind == FlowKind.CONDITIONAL) {
			flow.setCondition(Elements.childText(element, layout.flowCondition));
		}
		steps(Elements.child(element, layout.request), flow.getRequestSteps());
		steps(Elements.child(element, layout.response), flow.getResponseSteps());
		return flow;
	}

	private void steps(Element phase, List<Step> into) {
		Element container = layout.steps == null ? phase : Elements.child(phase, layout.steps);
		for (Element element : Elements.children(container, layout.step)) {
			Step step = LandscapeFactory.eINSTANCE.createStep();
			step.setUuid(UUID.randomUUID().toString());
			String policy = Elements.childText(element, layout.stepPolicy);
			step.setPolicy(policies.apply(policy == null ? "" : policy));
			step.setCondition(Elements.childText(element, layout.stepCondition));
			String sequence = Elements.childText(element, "sequence");
			if (sequence != null) {
				try {
					step.setSequence(Integer.parseInt(sequence));
				} catch (NumberFormatException e) {
					// not a number: the sequence stays 0 and the XML keeps what was written
				}
			}
			into.add(step);
		}
	}

	/** What the model says about an endpoint, as one comparable text. */
	static String signature(Endpoint endpoint) {
		StringBuilder out = new StringBuilder(endpoint.eClass().getName()).append('|').append(endpoint.getName());
		if (endpoint instanceof ProxyEndpoint proxy) {
			out.append('|').append(proxy.getBasePath()).append('|').append(proxy.getVirtualHost());
		} else if (endpoint instanceof TargetEndpoint target) {
			out.append('|').append(target.getUrl());
		}
		signature(endpoint.getPreFlow(), out);
		endpoint.getConditionalFlows().forEach(flow -> signature(flow, out));
		signature(endpoint.getPostFlow(), out);
		return out.toString();
	}

	private static void signature(Flow flow, StringBuilder out) {
		if (flow == null) {
			out.append("\n-");
			return;
		}
		out.append('\n').append(flow.getKind()).append('|').append(flow.getName()).append('|').append(flow.getCondition());
		for (Step step : flow.getRequestSteps()) {
			out.append("\n >").append(stepText(step));
		}
		for (Step step : flow.getResponseSteps()) {
			out.append("\n <").append(stepText(step));
		}
	}

	private static String stepText(Step step) {
		return (step.getPolicy() == null ? null : step.getPolicy().getName()) + "|" + step.getCondition() + "|"
				+ step.getSequence();
	}
}
