package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;

/**
 * The elements and attributes our own templates use, by path: what content assist can offer for
 * policy types or places the typed-policy specifications do not describe.
 */
final class TemplateVocabulary implements Vocabulary {

	private final Map<List<String>, Set<String>> children = new LinkedHashMap<>();
	private final Map<List<String>, Set<String>> attributes = new LinkedHashMap<>();

	TemplateVocabulary(List<PolicyTemplate> templates) {
		for (PolicyTemplate template : templates) {
			try {
				learn(List.of(), SafeXml.parse(template.name(), template.xml()).getDocumentElement());
			} catch (XmlParseException notOurs) {
				throw new IllegalStateException("A template is not well-formed: " + notOurs.problem().describe());
			}
		}
	}

	private void learn(List<String> parent, Element element) {
		String name = localName(element);
		children.computeIfAbsent(parent, key -> new LinkedHashSet<>()).add(name);
		List<String> path = new ArrayList<>(parent);
		path.add(name);
		NamedNodeMap attrs = element.getAttributes();
		for (int i = 0; i < attrs.getLength(); i++) {
			String attribute = attrs.item(i).getNodeName();
			if (!attribute.startsWith("xmlns")) {
				attributes.computeIfAbsent(path, key -> new LinkedHashSet<>()).add(attribute);
			}
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				learn(List.copyOf(path), childElement);
			}
		}
	}

	private static String localName(Element element) {
		String name = element.getNodeName();
		return name.substring(name.indexOf(':') + 1);
	}

	@Override
	public List<Choice> children(List<String> path) {
		return choices(children.get(path));
	}

	@Override
	public List<Choice> attributes(List<String> path) {
		return choices(attributes.get(path));
	}

	private static List<Choice> choices(Set<String> names) {
		return names == null ? List.of() : names.stream().map(name -> new Choice(name, "Used in our templates")).toList();
	}
}
