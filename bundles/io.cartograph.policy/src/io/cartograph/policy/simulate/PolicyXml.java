package io.cartograph.policy.simulate;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The few reads the dry run makes in policy XML, by local name so that SAP's namespace does not matter. */
final class PolicyXml {

	private PolicyXml() {
	}

	static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		if (parent == null) {
			return found;
		}
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName() != null ? element.getLocalName() : element.getNodeName())) {
				found.add(element);
			}
		}
		return found;
	}

	static Element child(Element parent, String name) {
		List<Element> found = children(parent, name);
		return found.isEmpty() ? null : found.get(0);
	}

	static String text(Element element) {
		if (element == null) {
			return null;
		}
		String text = element.getTextContent().trim();
		return text.isEmpty() ? null : text;
	}

	static String attribute(Element element, String name) {
		return element == null || !element.hasAttribute(name) ? null : element.getAttribute(name);
	}
}
