package io.cartograph.policy.bundle;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.policy.xml.Elements;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;

/**
 * The files of a bundle for a proxy, by path. Policies and resources go out exactly as kept; the
 * descriptor and the endpoints are kept text unless the model changed what they say (see
 * {@link EndpointWriter}). The proxy's base path is read from its first proxy endpoint and written
 * only there: edit the endpoint's. A policy without XML (a step naming a policy the bundle lacked) has no file.
 */
final class ProxyWriter {

	private final BundleLayout layout;
	private final ApiProxy proxy;

	private ProxyWriter(ApiProxy proxy) {
		this.proxy = proxy;
		this.layout = BundleLayout.of(proxy.getBundleFormat());
	}

	static Map<String, byte[]> files(ApiProxy proxy) {
		return new ProxyWriter(proxy).files();
	}

	private Map<String, byte[]> files() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		String root = layout.root + "/";
		files.put(root + proxy.getName() + ".xml", utf8(descriptor()));
		EndpointWriter endpoints = new EndpointWriter(layout);
		for (Endpoint endpoint : proxy.getProxyEndpoints()) {
			files.put(root + layout.proxyFolder + "/" + endpoint.getName() + ".xml", utf8(endpoints.write(endpoint)));
		}
		for (Endpoint endpoint : proxy.getTargetEndpoints()) {
			files.put(root + layout.targetFolder + "/" + endpoint.getName() + ".xml", utf8(endpoints.write(endpoint)));
		}
		for (Policy policy : written()) {
			files.put(root + layout.policyFolder + "/" + policy.getName() + ".xml", utf8(policy.getXml()));
		}
		for (ProxyResource resource : proxy.getResources()) {
			files.putIfAbsent(root + resource.getPath(), FileText.bytes(resource.getContent(), resource.isBinary()));
		}
		return files;
	}

	private List<Policy> written() {
		return proxy.getPolicies().stream().filter(policy -> policy.getXml() != null).toList();
	}

	private String descriptor() {
		String kept = proxy.getDescriptor();
		Document document;
		if (kept == null) {
			document = SafeXml.newDocument();
			document.appendChild(document.createElementNS(null, "APIProxy"));
		} else {
			try {
				document = SafeXml.parse(proxy.getName(), FileText.forParser(kept));
			} catch (XmlParseException e) {
				return kept;
			}
			if (!changed(document.getDocumentElement())) {
				return kept;
			}
		}
		Element root = document.getDocumentElement();
		boolean sap = layout == BundleLayout.SAP;
		if (sap) {
			XmlEdit.setChildText(root, "name", proxy.getName(), true);
			XmlEdit.setChildText(root, "title", proxy.getTitle(), Elements.child(root, "title") != null);
			if (Elements.child(root, "version") != null || proxy.getVersion() != null) {
				XmlEdit.setChildText(root, "version", proxy.getVersion(), false);
			}
		} else {
			root.setAttribute("name", proxy.getName());
			XmlEdit.setChildText(root, "DisplayName", proxy.getTitle(), false);
			if (proxy.getVersion() != null) {
				root.setAttribute("revision", proxy.getVersion());
			}
		}
		Element policies = list(root, sap ? "policies" : "Policies", sap ? "policy" : "Policy", written(), Policy::getName);
		if (sap) {
			for (Element policy : Elements.children(policies, "policy")) {
				String type = proxy.getPolicies().stream().filter(p -> p.getName().equals(Elements.text(policy)))
						.map(Policy::getType).filter(t -> t != null).findFirst().orElse(null);
				if (type != null) {
					policy.setAttribute("type", type);
				}
			}
			sapProxyEndpoints(root);
		} else {
			list(root, "ProxyEndpoints", "ProxyEndpoint", proxy.getProxyEndpoints(), Endpoint::getName);
		}
		list(root, sap ? "targetEndPoints" : "TargetEndpoints", sap ? "targetEndPoint" : "TargetEndpoint",
				proxy.getTargetEndpoints(), Endpoint::getName);
		return kept == null ? SafeXml.write(document) : XmlEdit.withKeptProlog(kept, SafeXml.write(document));
	}

	/** Whether the model's name, title, version or lists differ from what the kept descriptor says. */
	private boolean changed(Element root) {
		boolean sap = layout == BundleLayout.SAP;
		List<String> declared = new ArrayList<>();
		Elements.children(Elements.child(root, sap ? "policies" : "Policies"), sap ? "policy" : "Policy").forEach(e -> declared.add(Elements.text(e)));
		List<String> names = written().stream().map(Policy::getName).toList();
		List<String> endpoints = new ArrayList<>();
		if (sap) {
			Elements.children(Elements.child(root, "proxyEndPoints"), "proxyEndPoint").forEach(e -> endpoints.add(Elements.childText(e, "proxyEndPointName")));
			Elements.children(Elements.child(root, "targetEndPoints"), "targetEndPoint").forEach(e -> endpoints.add(Elements.text(e)));
		} else {
			Elements.children(Elements.child(root, "ProxyEndpoints"), "ProxyEndpoint").forEach(e -> endpoints.add(Elements.text(e)));
			Elements.children(Elements.child(root, "TargetEndpoints"), "TargetEndpoint").forEach(e -> endpoints.add(Elements.text(e)));
		}
		List<String> modelEndpoints = new ArrayList<>();
		proxy.getProxyEndpoints().forEach(e -> modelEndpoints.add(e.getName()));
		proxy.getTargetEndpoints().forEach(e -> modelEndpoints.add(e.getName()));
		String name = sap ? Elements.childText(root, "name") : Elements.attribute(root, "name");
		String title = sap ? Elements.childText(root, "title") : Elements.childText(root, "DisplayName");
		String version = sap ? Elements.childText(root, "version") : Elements.attribute(root, "revision");
		return !(declared.stream().filter(names::contains).toList().equals(names) && endpoints.equals(modelEndpoints)
				&& java.util.Objects.equals(name, proxy.getName()) && java.util.Objects.equals(title, proxy.getTitle())
				&& java.util.Objects.equals(version, proxy.getVersion()));
	}

	/** SAP lists proxy endpoints with their API resources: existing entries are kept and reordered. */
	private void sapProxyEndpoints(Element root) {
		Element container = Elements.child(root, "proxyEndPoints");
		if (container == null) {
			container = XmlEdit.ensure(root, "proxyEndPoints");
		}
		Map<String, Element> existing = new LinkedHashMap<>();
		for (Element element : Elements.children(container, "proxyEndPoint")) {
			existing.putIfAbsent(String.valueOf(Elements.childText(element, "proxyEndPointName")), element);
		}
		XmlEdit.removeAll(Elements.children(container, "proxyEndPoint"));
		for (Endpoint endpoint : proxy.getProxyEndpoints()) {
			Element element = existing.get(endpoint.getName());
			if (element == null) {
				element = XmlEdit.create(container, "proxyEndPoint");
				XmlEdit.append(container, element);
				XmlEdit.setChildText(element, "proxyEndPointName", endpoint.getName(), true);
			} else {
				XmlEdit.append(container, element);
			}
		}
	}

	private static <T> Element list(Element root, String containerName, String itemName, List<T> items, Function<T, String> name) {
		Element container = XmlEdit.ensure(root, containerName);
		XmlEdit.removeAll(Elements.children(container, itemName));
		for (T item : items) {
			Element element = XmlEdit.create(container, itemName);
			element.setTextContent(name.apply(item));
			XmlEdit.append(container, element);
		}
		return container;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
