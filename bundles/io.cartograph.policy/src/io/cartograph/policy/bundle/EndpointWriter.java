package io.cartograph.policy.bundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
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
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;

/**
 * The XML of one endpoint for export. When the model still says what the kept XML says, the kept
 * text goes out unchanged (byte for byte); otherwise the model's name, base path, URL and flow
 * elements are written into the kept document, and route rules, fault rules, connections and
 * unknown elements stay as they were. An existing flow element is updated in place, so elements of
 * a flow the model does not know (SAP's readOnly, a description) survive too.
 */
final class EndpointWriter {

	private final BundleLayout layout;
	private final EndpointXml reading;

	EndpointWriter(BundleLayout layout) {
		this.layout = layout;
		this.reading = new EndpointXml(layout, EndpointWriter::named);
	}

	String write(Endpoint endpoint) {
		String kept = endpoint.getXml();
		Document document;
		if (kept == null) {
			document = SafeXml.newDocument();
			document.appendChild(document.createElementNS(null, rootName(endpoint)));
		} else {
			try {
				document = SafeXml.parse(endpoint.getName(), FileText.forParser(kept));
			} catch (XmlParseException e) {
				return kept; // nothing of it was taken into the model, so it goes back as it came
			}
			Endpoint asKept = (Endpoint) LandscapeFactory.eINSTANCE.create(endpoint.eClass());
			reading.read(document.getDocumentElement(), asKept, endpoint.getName());
			if (EndpointXml.signature(asKept).equals(EndpointXml.signature(endpoint))) {
				return kept;
			}
		}
		Element root = document.getDocumentElement();
		if (layout == BundleLayout.SAP) {
			XmlEdit.setChildText(root, "name", endpoint.getName(), true);
		} else {
			root.setAttribute("name", endpoint.getName());
		}
		if (endpoint instanceof ProxyEndpoint proxy) {
			setOrCreate(reading.basePath(root), root, layout == BundleLayout.SAP ? "base_path" : "BasePath", proxy.getBasePath());
			Element host = reading.virtualHost(root);
			if (host != null || layout == BundleLayout.APIGEE && proxy.getVirtualHost() != null) {
				setOrCreate(host, root, "VirtualHost", proxy.getVirtualHost());
			}
		} else if (endpoint instanceof TargetEndpoint target) {
			setOrCreate(reading.url(root), root, layout == BundleLayout.SAP ? "url" : "URL", target.getUrl());
		}
		flows(root, endpoint);
		return kept == null ? SafeXml.write(document) : XmlEdit.withKeptProlog(kept, SafeXml.write(document));
	}

	private String rootName(Endpoint endpoint) {
		boolean proxy = endpoint instanceof ProxyEndpoint;
		return layout == BundleLayout.SAP ? proxy ? "ProxyEndPoint" : "TargetEndPoint" : proxy ? "ProxyEndpoint" : "TargetEndpoint";
	}

	/** SAP keeps the value directly under the root; Apigee inside the HTTP connection element. */
	private void setOrCreate(Element element, Element root, String name, String value) {
		if (element == null) {
			if (value == null) {
				return;
			}
			Element parent = root;
			if (layout == BundleLayout.APIGEE) {
				parent = XmlEdit.ensure(root, root.getLocalName().startsWith("Proxy") ? "HTTPProxyConnection" : "HTTPTargetConnection");
			}
			element = XmlEdit.ensure(parent, name);
		}
		XmlEdit.setText(element, value);
	}

	private void flows(Element root, Endpoint endpoint) {
		Element pre = Elements.child(root, layout.preFlow);
		Element post = Elements.child(root, layout.postFlow);
		Element container = Elements.child(root, layout.flows);
		pre = place(root, pre, endpoint.getPreFlow(), layout.preFlow, container != null ? container : post);
		if (container == null && !endpoint.getConditionalFlows().isEmpty()) {
			container = XmlEdit.create(root, layout.flows);
			XmlEdit.insertBefore(root, container, post);
		}
		if (container != null) {
			Map<String, Element> existing = new HashMap<>();
			for (Element element : Elements.children(container, layout.flow)) {
				existing.putIfAbsent(String.valueOf(reading.flowName(element)), element);
			}
			XmlEdit.removeAll(Elements.children(container, layout.flow));
			int sequence = 1;
			for (Flow flow : endpoint.getConditionalFlows()) {
				Element element = existing.remove(String.valueOf(flow.getName()));
				if (element == null) {
					element = XmlEdit.create(container, layout.flow);
				}
				XmlEdit.append(container, element); // first, so that what goes inside takes its indentation
				flow(element, flow);
				if (layout == BundleLayout.SAP) {
					XmlEdit.setChildText(element, "sequence", Integer.toString(sequence++), true);
				}
			}
		}
		place(root, post, endpoint.getPostFlow(), layout.postFlow, null);
	}

	private Element place(Element root, Element element, Flow flow, String name, Element next) {
		if (flow == null) {
			XmlEdit.remove(element);
			return null;
		}
		if (element == null) {
			element = XmlEdit.create(root, name);
			XmlEdit.insertBefore(root, element, next);
		}
		return flow(element, flow);
	}

	private Element flow(Element element, Flow flow) {
		if (layout == BundleLayout.SAP) {
			XmlEdit.setChildText(element, "name", flow.getName(), true);
		} else if (flow.getName() != null) {
			element.setAttribute("name", flow.getName());
		}
		if (flow.getKind() == FlowKind.CONDITIONAL) {
			XmlEdit.setChildText(element, layout.flowCondition, flow.getCondition(), layout == BundleLayout.SAP);
		}
		phase(element, layout.request, flow.getRequestSteps(), true);
		phase(element, layout.response, flow.getResponseSteps(), false);
		return element;
	}

	private void phase(Element flow, String name, List<Step> steps, boolean request) {
		Element phase = Elements.child(flow, name);
		if (phase == null && steps.isEmpty()) {
			return;
		}
		if (phase == null) {
			phase = XmlEdit.create(flow, name);
			XmlEdit.append(flow, phase);
			if (layout == BundleLayout.SAP) {
				XmlEdit.setChildText(phase, "isRequest", Boolean.toString(request), true);
			}
		}
		Element container = phase;
		if (layout.steps != null) {
			container = XmlEdit.ensure(phase, layout.steps);
		}
		XmlEdit.removeAll(Elements.children(container, layout.step));
		int position = 1;
		for (Step step : steps) {
			Element element = XmlEdit.create(container, layout.step);
			XmlEdit.append(container, element);
			Policy policy = step.getPolicy();
			XmlEdit.setChildText(element, layout.stepPolicy, policy == null ? "" : policy.getName(), true);
			XmlEdit.setChildText(element, layout.stepCondition, step.getCondition(), layout == BundleLayout.SAP);
			if (layout == BundleLayout.SAP) {
				int sequence = step.getSequence() > 0 ? step.getSequence() : position;
				XmlEdit.setChildText(element, "sequence", Integer.toString(sequence), true);
			}
			position++;
		}
	}

	private static Policy named(String name) {
		Policy policy = LandscapeFactory.eINSTANCE.createPolicy();
		policy.setName(name);
		return policy;
	}
}
