package io.cartograph.policy.xml;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small reads over the DOM by local name, so that namespaced (SAP, {@code
 * http://www.sap.com/apimgmt}) and plain (Apigee) files read alike.
 */
public final class Elements {

	private Elements() {
	}

	public static String localName(Node node) {
		return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
	}

	public static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && (name == null || localName(element).equals(name))) {
				found.add(element);
			}
		}
		return found;
	}

	public static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	/** The trimmed text of the named child; null when it is absent or empty. */
	public static String childText(Element parent, String name) {
		return text(child(parent, name));
	}

	public static String text(Element element) {
		if (element == null) {
			return null;
		}
		String text = element.getTextContent().trim();
		return text.isEmpty() ? null : text;
	}

	public static String attribute(Element element, String name) {
		if (element == null || !element.hasAttribute(name)) {
			return null;
		}
		String value = element.getAttribute(name).trim();
		return value.isEmpty() ? null : value;
	}

	/** The first element below {@code parent} (any depth) with this local name, ignoring case. */
	public static Element descendant(Element parent, String name) {
		for (Element child : children(parent, null)) {
			if (localName(child).equalsIgnoreCase(name)) {
				return child;
			}
			Element deeper = descendant(child, name);
			if (deeper != null) {
				return deeper;
			}
		}
		return null;
	}
}
