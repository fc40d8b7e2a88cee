package io.cartograph.policy.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Endpoint;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.policy.xml.Elements;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;
import io.cartograph.policy.xml.XmlProblem;

/**
 * Builds an {@link ApiProxy} from the files of a bundle. Each file is read on its own, so a broken
 * one is a problem at its place while the others load; nothing is dropped: a file that does not
 * parse keeps its raw text (policy, endpoint, descriptor) and every other file becomes a resource.
 */
final class ProxyReader {

	private static final LandscapeFactory MODEL = LandscapeFactory.eINSTANCE;
	/** The root element's name in a file that does not parse, after any declaration and comments. */
	private static final Pattern ROOT = Pattern.compile("<([A-Za-z_][\\w.:-]*)");

	private final BundleLayout layout;
	/** Bundle path of the layout's root folder, e.g. {@code APIProxy/} or {@code MyProxy/APIProxy/}. */
	private final String prefix;
	private final List<XmlProblem> problems = new ArrayList<>();
	private final ApiProxy proxy = MODEL.createApiProxy();
	private final Map<String, Policy> policies = new LinkedHashMap<>();
	private final Map<String, String> declaredTypes = new LinkedHashMap<>();

	private ProxyReader(BundleLayout layout, String prefix) {
		this.layout = layout;
		this.prefix = prefix;
	}

	static BundleImport read(BundleFiles bundle, String bundleName) throws BundleException {
		String prefix = null;
		BundleLayout layout = null;
		for (String path : bundle.files().keySet()) {
			String[] segments = path.split("/");
			for (int i = 0; i < segments.length - 1; i++) {
				BundleLayout candidate = BundleLayout.ofRoot(segments[i]);
				String candidatePrefix = String.join("/", java.util.Arrays.copyOf(segments, i + 1)) + "/";
				if (candidate != null && (prefix == null || candidatePrefix.length() < prefix.length())) {
					layout = candidate;
					prefix = candidatePrefix;
				}
			}
		}
		if (layout == null) {
			throw new BundleException(bundleName + " is not an API proxy bundle: no APIProxy/ (SAP) or apiproxy/ (Apigee) folder");
		}
		ProxyReader reader = new ProxyReader(layout, prefix);
		bundle.skipped().forEach(reason -> reader.problems.add(new XmlProblem(bundleName, 0, 0, reason)));
		return reader.read(bundle.files());
	}

	private BundleImport read(Map<String, byte[]> files) {
		proxy.setUuid(UUID.randomUUID().toString());
		proxy.setBundleFormat(layout.format);
		Map<String, byte[]> inside = new LinkedHashMap<>();
		files.forEach((path, bytes) -> {
			if (path.startsWith(prefix)) {
				inside.put(path.substring(prefix.length()), bytes);
			} else {
				problems.add(new XmlProblem(path, 0, 0, "ignored: outside the " + layout.root + "/ folder"));
			}
		});
		String descriptorPath = inside.keySet().stream().filter(path -> !path.contains("/") && path.endsWith(".xml"))
				.findFirst().orElse(null);
		List<String> endpointOrder = new ArrayList<>();
		Element descriptor = descriptorPath == null ? null : descriptor(descriptorPath, inside.get(descriptorPath), endpointOrder);
		List<String> proxyFiles = new ArrayList<>();
		List<String> targetFiles = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : inside.entrySet()) {
			String path = file.getKey();
			String text = path.endsWith(".xml") ? FileText.utf8(file.getValue()) : null;
			if (path.equals(descriptorPath) && proxy.getDescriptor() != null) {
				continue;
			} else if (text != null && isDirectXml(path, layout.policyFolder)) {
				policy(path, text);
			} else if (text != null && isDirectXml(path, layout.proxyFolder)) {
				proxyFiles.add(path);
			} else if (text != null && isDirectXml(path, layout.targetFolder)) {
				targetFiles.add(path);
			} else {
				resource(path, file.getValue());
			}
		}
		orderPolicies(descriptor);
		for (String path : sorted(proxyFiles, endpointOrder)) {
			endpoint(path, FileText.utf8(inside.get(path)), MODEL::createProxyEndpoint, proxy.getProxyEndpoints());
		}
		for (String path : sorted(targetFiles, endpointOrder)) {
			endpoint(path, FileText.utf8(inside.get(path)), MODEL::createTargetEndpoint, proxy.getTargetEndpoints());
		}
		if (proxy.getName() == null) {
			proxy.setName(descriptorPath != null ? stem(descriptorPath) : prefix.equals(layout.root + "/") ? "proxy"
					: prefix.substring(0, prefix.length() - layout.root.length() - 2).replaceAll(".*/", ""));
		}
		if (!proxy.getProxyEndpoints().isEmpty()) {
			proxy.setBasePath(proxy.getProxyEndpoints().get(0).getBasePath());
		}
		return new BundleImport(proxy, problems);
	}

	private Element descriptor(String path, byte[] bytes, List<String> endpointOrder) {
		String text = FileText.utf8(bytes);
		if (text == null) {
			problems.add(new XmlProblem(where(path), 0, 0, "not UTF-8 text: kept as a resource"));
			return null;
		}
		proxy.setDescriptor(text);
		Element root = parse(path, text);
		if (root == null) {
			return null;
		}
		boolean sap = layout == BundleLayout.SAP;
		proxy.setName(sap ? Elements.childText(root, "name") : Elements.attribute(root, "name"));
		proxy.setTitle(sap ? Elements.childText(root, "title") : Elements.childText(root, "DisplayName"));
		proxy.setVersion(sap ? Elements.childText(root, "version") : Elements.attribute(root, "revision"));
		for (Element policy : Elements.children(Elements.child(root, sap ? "policies" : "Policies"), sap ? "policy" : "Policy")) {
			String name = Elements.text(policy);
			if (name != null) {
				declaredTypes.put(name, Elements.attribute(policy, "type"));
			}
		}
		if (sap) {
			for (Element endpoint : Elements.children(Elements.child(root, "proxyEndPoints"), "proxyEndPoint")) {
				endpointOrder.add(Elements.childText(endpoint, "proxyEndPointName"));
			}
			Elements.children(Elements.child(root, "targetEndPoints"), "targetEndPoint").forEach(e -> endpointOrder.add(Elements.text(e)));
		} else {
			Elements.children(Elements.child(root, "ProxyEndpoints"), "ProxyEndpoint").forEach(e -> endpointOrder.add(Elements.text(e)));
			Elements.children(Elements.child(root, "TargetEndpoints"), "TargetEndpoint").forEach(e -> endpointOrder.add(Elements.text(e)));
		}
		return root;
	}

	private void policy(String path, String text) {
		Policy policy = MODEL.createPolicy();
		policy.setUuid(UUID.randomUUID().toString());
		policy.setXml(text);
		Element root = parse(path, text);
		String name = root == null ? null : Elements.attribute(root, "name");
		// SAP names policies by file only; Apigee steps refer to the name attribute
		policy.setName(layout == BundleLayout.APIGEE && name != null ? name : stem(path));
		policy.setType(root != null ? Elements.localName(root) : rootName(text));
		policies.putIfAbsent(policy.getName(), policy);
		if (policies.get(policy.getName()) != policy) {
			problems.add(new XmlProblem(where(path), 0, 0, "a second policy named " + policy.getName() + ": kept as a resource"));
			resource(path, FileText.bytes(text, false));
		}
	}

	/** Policies in the order the descriptor lists them, then the others by file name. */
	private void orderPolicies(Element descriptor) {
		for (String name : declaredTypes.keySet()) {
			Policy policy = policies.get(name);
			if (policy != null) {
				if (policy.getType() == null) {
					policy.setType(declaredTypes.get(name));
				}
				proxy.getPolicies().add(policy);
			}
		}
		policies.values().stream().filter(policy -> !proxy.getPolicies().contains(policy)).forEach(proxy.getPolicies()::add);
	}

	private <E extends Endpoint> void endpoint(String path, String text, Supplier<E> create, List<E> into) {
		E endpoint = create.get();
		endpoint.setUuid(UUID.randomUUID().toString());
		endpoint.setXml(text);
		into.add(endpoint);
		Element root = parse(path, text);
		if (root == null) {
			endpoint.setName(stem(path));
			return;
		}
		new EndpointXml(layout, name -> policyNamed(name, path, root)).read(root, endpoint, stem(path));
	}

	/** The policy a step names; a missing one becomes a policy without XML so the step keeps its name. */
	private Policy policyNamed(String name, String path, Element root) {
		Policy policy = policies.get(name);
		if (policy == null) {
			policy = MODEL.createPolicy();
			policy.setUuid(UUID.randomUUID().toString());
			policy.setName(name);
			policies.put(name, policy);
			proxy.getPolicies().add(policy);
			problems.add(new XmlProblem(where(path), SafeXml.location(root).line(), SafeXml.location(root).column(),
					"a step names policy '" + name + "', which is not in the bundle"));
		}
		return policy;
	}

	private void resource(String path, byte[] bytes) {
		ProxyResource resource = MODEL.createProxyResource();
		resource.setUuid(UUID.randomUUID().toString());
		resource.setPath(path);
		String text = FileText.utf8(bytes);
		resource.setBinary(text == null);
		resource.setContent(text != null ? text : FileText.base64(bytes));
		proxy.getResources().add(resource);
	}

	private Element parse(String path, String text) {
		try {
			Document document = SafeXml.parse(where(path), FileText.forParser(text));
			return document.getDocumentElement();
		} catch (XmlParseException e) {
			problems.add(e.problem());
			return null;
		}
	}

	private boolean isDirectXml(String path, String folder) {
		return path.startsWith(folder + "/") && path.endsWith(".xml") && path.indexOf('/', folder.length() + 1) < 0;
	}

	private String where(String path) {
		return prefix + path;
	}

	private static List<String> sorted(List<String> paths, List<String> order) {
		List<String> result = new ArrayList<>(paths);
		result.sort(java.util.Comparator.comparingInt(path -> {
			int index = order.indexOf(stem(path));
			return index < 0 ? Integer.MAX_VALUE : index;
		}));
		return result;
	}

	static String stem(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name;
	}

	private static String rootName(String text) {
		String body = text.replaceAll("(?s)<\\?.*?\\?>|<!--.*?-->", "");
		Matcher matcher = ROOT.matcher(body);
		return matcher.find() ? matcher.group(1).replaceAll(".*:", "") : null;
	}
}
