package io.cartograph.policy.lint;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.model.landscape.ProxyResource;
import io.cartograph.policy.condition.ConditionSyntaxException;
import io.cartograph.policy.condition.Conditions;
import io.cartograph.policy.types.TypedPolicy;
import io.cartograph.policy.xml.TextLocation;

/**
 * {@code private.*} variables hold secrets (the runtime keeps them out of traces); one that is
 * read but never assigned is almost always a typo between the KVM Get's assignTo and its use,
 * and the backend then gets an empty credential.
 */
final class PrivateVariablesCheck {

	private static final Pattern TEMPLATE = Pattern.compile("\\{(private\\.[A-Za-z0-9_.\\-]+)}");
	private static final Pattern NAME = Pattern.compile("private\\.[A-Za-z0-9_.\\-]+");
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.\\-]+)}");

	private record Read(String file, TextLocation location, org.eclipse.emf.ecore.EObject subject) {
	}

	private PrivateVariablesCheck() {
	}

	static void check(ProxyView view, Findings findings) {
		Map<String, Read> reads = new LinkedHashMap<>();
		Set<String> assigned = new HashSet<>();
		for (PlacedStep step : view.steps) {
			for (String condition : new String[] { step.step().getCondition(), step.flow().getCondition() }) {
				try {
					for (String name : Conditions.parse(condition).variables()) {
						if (name.startsWith("private.")) {
							reads.putIfAbsent(name, new Read(step.file(), step.location(), step.step()));
						}
					}
				} catch (ConditionSyntaxException e) {
					// reported by the condition rule
				}
			}
		}
		view.typed.forEach((policy, typed) -> {
			if (typed.wellFormed()) {
				walk(typed, typed.root().get(), typed.type(), decodes(typed), reads, assigned, policy);
				extracted(typed, assigned);
			}
		});
		for (ProxyResource resource : view.proxy.getResources()) {
			if (resource.getContent() != null && !resource.isBinary()) {
				Matcher matcher = NAME.matcher(resource.getContent());
				while (matcher.find()) {
					assigned.add(matcher.group()); // a script may set it; we cannot tell, so we trust it
				}
			}
		}
		reads.forEach((name, read) -> {
			if (!assigned.contains(name)) {
				findings.add(LintRules.PRIVATE_NEVER_ASSIGNED, name + " is read here but nothing assigns it (no"
						+ " KeyValueMapOperations Get assignTo, AssignVariable or ExtractVariables writes it), so it is"
						+ " empty at run time. Check the spelling against the KVM Get's assignTo.", read.file(),
						read.location(), read.subject());
			}
		});
	}

	private static boolean decodes(TypedPolicy typed) {
		return typed.type().equals("BasicAuthentication")
				&& typed.operation().map(op -> op.equalsIgnoreCase("Decode")).orElse(false);
	}

	private static void walk(TypedPolicy typed, Element element, String type, boolean decode, Map<String, Read> reads,
			Set<String> assigned, org.eclipse.emf.ecore.EObject policy) {
		String name = TypedPolicy.name(element);
		var attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			String attributeName = TypedPolicy.name(attribute);
			String value = attribute.getNodeValue().strip();
			if (attributeName.equals("assignTo") || decode && attributeName.equals("ref")) {
				assigned.add(value);
			} else if ((attributeName.equals("ref") || attributeName.endsWith("Ref")) && value.startsWith("private.")) {
				reads.putIfAbsent(value, new Read(typed.file(), TypedPolicy.location(element), policy));
			} else {
				templates(value, typed, element, reads, policy);
			}
		}
		boolean leaf = true;
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				leaf = false;
				walk(typed, childElement, type, decode, reads, assigned, policy);
			}
		}
		if (!leaf) {
			return;
		}
		String text = element.getTextContent().strip();
		boolean assigns = name.equals("Name") && element.getParentNode() instanceof Element parent
				&& TypedPolicy.name(parent).equals("AssignVariable")
				|| name.equals("Response") && type.equals("ServiceCallout")
				|| name.equals("AssignTo") && type.equals("BasicAuthentication");
		if (assigns) {
			assigned.add(text);
		} else if ((name.equals("Ref") || name.equals("Source")) && text.startsWith("private.")) {
			reads.putIfAbsent(text, new Read(typed.file(), TypedPolicy.location(element), policy));
		} else {
			templates(text, typed, element, reads, policy);
		}
	}

	private static void templates(String text, TypedPolicy typed, Element element, Map<String, Read> reads,
			org.eclipse.emf.ecore.EObject policy) {
		Matcher matcher = TEMPLATE.matcher(text);
		while (matcher.find()) {
			reads.putIfAbsent(matcher.group(1), new Read(typed.file(), TypedPolicy.location(element), policy));
		}
	}

	/** ExtractVariables writes PREFIX.name for each Variable name and each {name} of a Pattern. */
	private static void extracted(TypedPolicy typed, Set<String> assigned) {
		if (!typed.type().equals("ExtractVariables")) {
			return;
		}
		String prefix = typed.text("VariablePrefix").orElse("");
		String lead = prefix.isEmpty() ? "" : prefix + ".";
		for (String part : new String[] { "JSONPayload", "XMLPayload" }) {
			for (Element variable : typed.elements(part, "Variable")) {
				TypedPolicy.attribute(variable, "name").ifPresent(name -> assigned.add(lead + name.strip()));
			}
		}
		for (String part : new String[] { "Header", "QueryParam", "FormParam", "URIPath", "Variable" }) {
			for (Element pattern : typed.elements(part, "Pattern")) {
				Matcher matcher = PLACEHOLDER.matcher(pattern.getTextContent());
				while (matcher.find()) {
					assigned.add(lead + matcher.group(1));
				}
			}
		}
	}
}
