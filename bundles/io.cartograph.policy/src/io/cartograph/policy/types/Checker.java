package io.cartograph.policy.types;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;
import io.cartograph.policy.xml.XmlProblem;

/** Walks a policy element against its spec and collects located problems. */
final class Checker {

	private final String file;
	private final List<PolicyProblem> problems;

	Checker(String file, List<PolicyProblem> problems) {
		this.file = file;
		this.problems = problems;
	}

	static PolicyProblem problem(PolicyProblem.Kind kind, String file, Node where, String message) {
		TextLocation location = SafeXml.location(where);
		return new PolicyProblem(kind, new XmlProblem(file, location.line(), location.column(), message));
	}

	void check(Element element, ElementSpec spec, String path) {
		checkAttributes(element, spec, path);
		checkText(element, spec, path);
		Map<String, Integer> seen = new HashMap<>();
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (!(child instanceof Element childElement)) {
				continue;
			}
			String name = TypedPolicy.name(childElement);
			var childSpec = spec.child(name);
			if (childSpec.isEmpty()) {
				add(PolicyProblem.Kind.UNKNOWN_ELEMENT, childElement, "<" + name + "> is not an element of " + path
						+ "; it is kept, but the runtime may reject or ignore it." + expected(spec));
				continue;
			}
			int count = seen.merge(name, 1, Integer::sum);
			if (count == 2 && !childSpec.get().repeatable()) {
				add(PolicyProblem.Kind.REPEATED, childElement,
						"<" + name + "> appears more than once in " + path + "; only one is used. Remove the others.");
			}
			check(childElement, childSpec.get(), path + "/" + name);
		}
		for (ElementSpec childSpec : spec.children()) {
			if (childSpec.required() && !seen.containsKey(childSpec.name())) {
				add(PolicyProblem.Kind.MISSING, element, path + " needs a <" + childSpec.name() + "> element ("
						+ childSpec.description() + ")");
			}
		}
	}

	private void checkAttributes(Element element, ElementSpec spec, String path) {
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			String qualified = attribute.getNodeName();
			if (qualified.equals("xmlns") || qualified.startsWith("xmlns:") || qualified.startsWith("xsi:")) {
				continue;
			}
			String name = TypedPolicy.name(attribute);
			var attributeSpec = spec.attribute(name);
			if (attributeSpec.isEmpty()) {
				add(PolicyProblem.Kind.UNKNOWN_ATTRIBUTE, element, "Attribute " + name + " is not known on " + path
						+ "; it is kept, but has no effect." + knownAttributes(spec));
			} else if (!attributeSpec.get().type().accepts(attribute.getNodeValue(), attributeSpec.get().allowed())) {
				add(PolicyProblem.Kind.BAD_VALUE, element, "Attribute " + name + " of " + path + " must be "
						+ attributeSpec.get().type().expected(attributeSpec.get().allowed()) + ", not '"
						+ shortened(attribute.getNodeValue()) + "'.");
			}
		}
		for (AttributeSpec attributeSpec : spec.attributes()) {
			if (attributeSpec.required() && TypedPolicy.attribute(element, attributeSpec.name()).isEmpty()) {
				add(PolicyProblem.Kind.MISSING, element, path + " needs the attribute " + attributeSpec.name() + " ("
						+ attributeSpec.description() + ")");
			}
		}
	}

	private void checkText(Element element, ElementSpec spec, String path) {
		if (spec.text() == null || hasChildElements(element)) {
			return;
		}
		String text = element.getTextContent().strip();
		if (!text.isEmpty() && !spec.text().accepts(text, spec.allowed())) {
			add(PolicyProblem.Kind.BAD_VALUE, element,
					path + " must hold " + spec.text().expected(spec.allowed()) + ", not '" + shortened(text) + "'.");
		} else if (text.isEmpty() && spec.text() == ValueType.ENUM && spec.required()) {
			add(PolicyProblem.Kind.MISSING, element, path + " is empty; it must hold " + spec.text().expected(spec.allowed()) + ".");
		}
	}

	private static boolean hasChildElements(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element) {
				return true;
			}
		}
		return false;
	}

	private static String expected(ElementSpec spec) {
		if (spec.children().isEmpty()) {
			return "";
		}
		return " Allowed here: " + String.join(", ", spec.children().stream().map(ElementSpec::name).distinct().toList()) + ".";
	}

	private static String knownAttributes(ElementSpec spec) {
		return spec.attributes().isEmpty() ? ""
				: " Known attributes: " + String.join(", ", spec.attributes().stream().map(AttributeSpec::name).toList()) + ".";
	}

	/**
	 * Values are quoted shortened so that a long value (possibly a pasted secret) is not repeated
	 * in full in reports.
	 */
	private static String shortened(String value) {
		String text = value.strip();
		return text.length() <= 24 ? text : text.substring(0, 20) + "...";
	}

	private void add(PolicyProblem.Kind kind, Node where, String message) {
		problems.add(problem(kind, file, where, message));
	}
}
