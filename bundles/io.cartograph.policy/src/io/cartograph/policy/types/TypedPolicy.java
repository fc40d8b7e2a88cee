package io.cartograph.policy.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.model.landscape.ProxyBundleFormat;
import io.cartograph.policy.xml.Elements;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;
import io.cartograph.policy.xml.XmlParseException;

/**
 * A policy's XML seen through its type: the problems found against the type's spec (located),
 * and accessors by element path. The XML itself is never changed: unknown elements and
 * attributes are reported as warnings and stay where they are. Element names are compared
 * without namespace, so SAP's {@code http://www.sap.com/apimgmt} and Apigee's plain elements
 * read the same.
 */
public final class TypedPolicy {

	private final String file;
	private final String type;
	private final Element root;
	private final List<PolicyProblem> details;

	private TypedPolicy(String file, String type, Element root, List<PolicyProblem> details) {
		this.file = file;
		this.type = type;
		this.root = root;
		this.details = List.copyOf(details);
	}

	/** Parses the policy's XML as its type (from {@link Policy#getType()}, else the root element's name). */
	public static TypedPolicy parse(Policy policy) {
		return parse(file(policy), policy.getType(), policy.getXml());
	}

	/** For text being edited: {@code file} names it in problems, {@code type} may be null (taken from the root). */
	public static TypedPolicy parse(String file, String type, String xml) {
		Document document;
		try {
			document = SafeXml.parse(file, xml == null ? "" : xml);
		} catch (XmlParseException e) {
			return new TypedPolicy(file, type, null, List.of(new PolicyProblem(PolicyProblem.Kind.MALFORMED_XML, e.problem())));
		}
		Element root = document.getDocumentElement();
		String actual = name(root);
		String declared = type == null || type.isBlank() ? actual : type;
		List<PolicyProblem> problems = new ArrayList<>();
		if (!actual.equals(declared)) {
			problems.add(Checker.problem(PolicyProblem.Kind.WRONG_ROOT, file, root, "The root element is <" + actual
					+ "> but the policy's type is " + declared + "; rename the element or change the type."));
		} else {
			PolicyTypes.of(declared).ifPresent(known -> new Checker(file, problems).check(root, known.root(), actual));
		}
		return new TypedPolicy(file, declared, root, problems);
	}

	/**
	 * Where the policy lives in its bundle: {@code APIProxy/Policy/NAME.xml} (SAP) or
	 * {@code apiproxy/policies/NAME.xml} (Apigee), as the bundle reader names files.
	 */
	public static String file(Policy policy) {
		boolean apigee = policy.eContainer() instanceof ApiProxy proxy && proxy.getBundleFormat() == ProxyBundleFormat.APIGEE;
		return (apigee ? "apiproxy/policies/" : "APIProxy/Policy/") + policy.getName() + ".xml";
	}

	public String file() {
		return file;
	}

	/** The policy type, e.g. {@code AssignMessage}. */
	public String type() {
		return type;
	}

	public Optional<PolicyType> policyType() {
		return PolicyTypes.of(type);
	}

	/** The root element; empty when the XML could not be read. */
	public Optional<Element> root() {
		return Optional.ofNullable(root);
	}

	public boolean wellFormed() {
		return root != null;
	}

	/** Every problem, errors and warnings, with its kind. */
	public List<PolicyProblem> details() {
		return details;
	}

	/** Every problem as file, line, column and message (warnings included). */
	public List<io.cartograph.policy.xml.XmlProblem> problems() {
		return details.stream().map(PolicyProblem::problem).toList();
	}

	public List<io.cartograph.policy.xml.XmlProblem> errors() {
		return details.stream().filter(problem -> !problem.warning()).map(PolicyProblem::problem).toList();
	}

	public List<io.cartograph.policy.xml.XmlProblem> warnings() {
		return details.stream().filter(PolicyProblem::warning).map(PolicyProblem::problem).toList();
	}

	/** All elements at a path of names below the root, e.g. {@code elements("Remove", "Headers", "Header")}. */
	public List<Element> elements(String... path) {
		List<Element> current = root == null ? List.of() : List.of(root);
		for (String step : path) {
			List<Element> next = new ArrayList<>();
			for (Element element : current) {
				next.addAll(children(element, step));
			}
			current = next;
		}
		return current;
	}

	/** The trimmed text of the first element at the path (empty text counts as absent). */
	public Optional<String> text(String... path) {
		return elements(path).stream().map(element -> element.getTextContent().strip()).filter(text -> !text.isEmpty())
				.findFirst();
	}

	/** An attribute of the root element. */
	public Optional<String> attribute(String name) {
		return root == null ? Optional.empty() : attribute(root, name);
	}

	/** OAuthV2 and BasicAuthentication: the Operation element. */
	public Optional<String> operation() {
		return text("Operation");
	}

	/** Whether the root says {@code continueOnError="true"}. */
	public boolean continueOnError() {
		return attribute("continueOnError").map(value -> value.strip().equalsIgnoreCase("true")).orElse(false);
	}

	/** {@code enabled="false"} switches a policy off; anything else leaves it on. */
	public boolean enabled() {
		return !attribute("enabled").map(value -> value.strip().equalsIgnoreCase("false")).orElse(false);
	}

	/** Where the element starts (just after its start tag). */
	public static TextLocation location(Node node) {
		return SafeXml.location(node);
	}

	/** The element's child elements with that local name. */
	public static List<Element> children(Element parent, String name) {
		return Elements.children(parent, name);
	}

	/** An attribute by its name, ignoring namespaces. */
	public static Optional<String> attribute(Element element, String name) {
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			if (name(attribute).equals(name)) {
				return Optional.of(attribute.getNodeValue());
			}
		}
		return Optional.empty();
	}

	/** The local name (without prefix) of an element or attribute. */
	public static String name(Node node) {
		String local = node.getLocalName();
		String name = local != null ? local : node.getNodeName();
		int colon = name.indexOf(':');
		return colon >= 0 ? name.substring(colon + 1) : name;
	}

	@Override
	public String toString() {
		return file + " (" + type + ", " + details.size() + " problems)".toLowerCase(Locale.ROOT);
	}
}
