package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.types.PolicyProblem;
import io.cartograph.policy.types.PolicyTypes;
import io.cartograph.policy.types.TypedPolicy;
import io.cartograph.policy.xml.TextLocation;

/** Rules about one policy at a time (and duplicates among them). */
final class PolicyChecks {

	private static final Set<String> KVM_SCOPES = Set.of("environment", "organization", "apiproxy", "policy");

	private PolicyChecks() {
	}

	static void check(ProxyView view, ApiManagement workspace, Findings findings) {
		Map<String, Policy> seen = new HashMap<>();
		for (var entry : view.typed.entrySet()) {
			Policy policy = entry.getKey();
			TypedPolicy typed = entry.getValue();
			problems(policy, typed, findings);
			if (!typed.wellFormed()) {
				continue;
			}
			String type = typed.type();
			if (PolicyTypes.of(type).isEmpty()) {
				findings.add(LintRules.POLICY_UNKNOWN_TYPE, "Cartograph does not know the policy type " + type
						+ " element by element: its XML is kept as it is and only the flow rules check it.", typed.file(),
						typed.root().get(), policy);
			}
			if (typed.continueOnError() && PolicyTypes.isSecurity(type)) {
				findings.add(LintRules.SECURITY_CONTINUE_ON_ERROR, policy.getName() + " is a " + type
						+ " policy with continueOnError=\"true\": when the check fails the request still goes on to the backend."
						+ " Set continueOnError=\"false\".", typed.file(), typed.root().get(), policy);
			}
			switch (type) {
			case "BasicAuthentication" -> basicAuthentication(policy, typed, findings);
			case "KeyValueMapOperations" -> keyValueMap(policy, typed, workspace, findings);
			case "ServiceCallout" -> callout(policy, typed, findings);
			case "JavaScript", "Javascript" -> scripts(view, policy, typed, findings);
			default -> {
				// no rule of its own
			}
			}
			duplicate(policy, typed, seen, findings);
		}
	}

	private static void problems(Policy policy, TypedPolicy typed, Findings findings) {
		for (PolicyProblem problem : typed.details()) {
			String rule = switch (problem.kind()) {
			case MALFORMED_XML -> LintRules.XML_MALFORMED;
			case UNKNOWN_ELEMENT, UNKNOWN_ATTRIBUTE, REPEATED -> LintRules.POLICY_UNKNOWN_PART;
			case WRONG_ROOT, MISSING, BAD_VALUE -> LintRules.POLICY_INVALID;
			};
			var where = problem.problem();
			if (where.message().startsWith("KeyValueMapOperations/Scope ")) {
				continue; // CG-KVM-001 says it, with the reason
			}
			findings.add(rule, where.message(), where.file(), new TextLocation(where.line(), where.column()), policy);
		}
	}

	private static void basicAuthentication(Policy policy, TypedPolicy typed, Findings findings) {
		boolean encode = typed.operation().map(op -> op.equalsIgnoreCase("Encode")).orElse(false);
		if (encode && typed.text("AssignTo").isEmpty()) {
			findings.add(LintRules.BASIC_ENCODE_NO_ASSIGN_TO, policy.getName()
					+ " encodes user and password but has no <AssignTo>, so the Basic header goes nowhere and the backend"
					+ " gets no credentials. Add <AssignTo createNew=\"false\">request.header.Authorization</AssignTo>.",
					typed.file(), typed.root().get(), policy);
		}
	}

	private static void keyValueMap(Policy policy, TypedPolicy typed, ApiManagement workspace, Findings findings) {
		List<Element> scopes = typed.elements("Scope");
		for (Element scope : scopes) {
			String value = scope.getTextContent().strip();
			if (!KVM_SCOPES.contains(value)) {
				findings.add(LintRules.KVM_SCOPE, policy.getName() + " uses the key value map scope '" + value
						+ "', which the runtime does not know; the map will not be found. Use environment, organization,"
						+ " apiproxy or policy (lower case).", typed.file(), scope, policy);
			}
		}
		Optional<String> map = typed.attribute("mapIdentifier").or(() -> typed.elements("MapName").stream()
				.filter(name -> TypedPolicy.attribute(name, "ref").isEmpty()).map(name -> name.getTextContent().strip())
				.filter(name -> !name.isEmpty()).findFirst());
		if (workspace != null && map.isPresent()) {
			Set<String> known = workspace.getKeyValueMaps().stream().map(KeyValueMap::getName).collect(Collectors.toSet());
			if (!known.contains(map.get())) {
				findings.add(LintRules.KVM_ABSENT, policy.getName() + " reads the key value map '" + map.get()
						+ "', which the workspace does not have" + (known.isEmpty() ? "" : " (it has " + String.join(", ",
								known.stream().sorted().toList()) + ")")
						+ ". Create the map in the workspace (and in the tenant) or correct mapIdentifier.", typed.file(),
						typed.root().get(), policy);
			}
		}
	}

	/** {@code jsc://check.js} must be a file of the bundle (Apigee resources/jsc/, SAP FileResource/). */
	private static void scripts(ProxyView view, Policy policy, TypedPolicy typed, Findings findings) {
		List<Element> references = new ArrayList<>(typed.elements("ResourceURL"));
		references.addAll(typed.elements("IncludeURL"));
		for (Element reference : references) {
			String url = reference.getTextContent().strip();
			int scheme = url.indexOf("://");
			if (scheme < 0 || url.contains("{")) {
				continue; // a malformed reference is the typed policy's problem
			}
			String file = url.substring(scheme + 3);
			String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
			boolean present = view.proxy.getResources().stream().map(resource -> resource.getPath() == null ? ""
					: resource.getPath().replace('\\', '/')).anyMatch(path -> path.endsWith("/" + file) || path.equals(file)
							|| path.endsWith("/" + stem + ".js") || path.endsWith("/" + stem));
			if (!present) {
				findings.add(LintRules.SCRIPT_ABSENT, policy.getName() + " runs " + url + ", but the bundle has no such"
						+ " script: deploying or running the proxy fails. Add the file (Apigee: apiproxy/resources/jsc/" + file
						+ ", SAP: FileResource/" + file + ") or correct the reference.", typed.file(), reference, policy);
			}
		}
	}

	private static void callout(Policy policy, TypedPolicy typed, Findings findings) {
		List<Element> timeouts = new ArrayList<>(typed.elements("Timeout"));
		for (Element property : typed.elements("HTTPTargetConnection", "Properties", "Property")) {
			if (TypedPolicy.attribute(property, "name").map("io.timeout.millis"::equals).orElse(false)) {
				timeouts.add(property);
			}
		}
		if (timeouts.isEmpty()) {
			findings.add(LintRules.CALLOUT_NO_TIMEOUT, policy.getName()
					+ " has no <Timeout>: a slow service holds the request for the runtime's default (up to minutes)."
					+ " Add <Timeout>" + Math.min(10_000, findings.settings.longestCalloutTimeoutMillis())
					+ "</Timeout> (milliseconds).", typed.file(), typed.root().get(), policy);
			return;
		}
		for (Element timeout : timeouts) {
			String text = timeout.getTextContent().strip();
			if (text.matches("\\d{1,18}") && Long.parseLong(text) > findings.settings.longestCalloutTimeoutMillis()) {
				findings.add(LintRules.CALLOUT_TIMEOUT_TOO_LONG, policy.getName() + " waits up to " + text
						+ " ms for the service; the workspace allows at most " + findings.settings.longestCalloutTimeoutMillis()
						+ " ms, so one slow call blocks the client that long. Lower the timeout.", typed.file(), timeout,
						policy);
			}
		}
	}

	private static void duplicate(Policy policy, TypedPolicy typed, Map<String, Policy> seen, Findings findings) {
		String key = typed.type() + "\n" + normalized(typed.root().get());
		Policy earlier = seen.putIfAbsent(key, policy);
		if (earlier != null) {
			findings.add(LintRules.POLICY_DUPLICATE, policy.getName() + " does the same as " + earlier.getName()
					+ " (same type, same settings). Keep one and point the steps of the other at it.", typed.file(),
					typed.root().get(), policy);
		}
	}

	/** The element without comments, blank text, its name and display name; attributes sorted. */
	static String normalized(Element element) {
		StringBuilder text = new StringBuilder("<").append(TypedPolicy.name(element));
		var attributes = element.getAttributes();
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			String name = TypedPolicy.name(attribute);
			if (!attribute.getNodeName().startsWith("xmlns") && !name.equals("name") && !name.equals("async")) {
				pairs.add(name + "=" + attribute.getNodeValue().strip().toLowerCase(Locale.ROOT));
			}
		}
		String[] sorted = pairs.toArray(String[]::new);
		Arrays.sort(sorted);
		text.append(String.join(" ", sorted)).append('>');
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				String name = TypedPolicy.name(childElement);
				if (!name.equals("DisplayName") && !name.equals("Description")) {
					text.append(normalized(childElement));
				}
			} else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				text.append(child.getNodeValue().strip());
			}
		}
		return text.append("</>").toString();
	}
}
