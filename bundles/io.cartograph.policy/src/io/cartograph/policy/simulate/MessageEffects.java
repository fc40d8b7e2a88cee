package io.cartograph.policy.simulate;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Element;

import io.cartograph.policy.xml.Elements;

/** What AssignMessage, RaiseFault, ServiceCallout and ExtractVariables do in the dry run. */
final class MessageEffects {

	private final Message message;

	MessageEffects(Message message) {
		this.message = message;
	}

	Fault assignMessage(Element root, boolean response, List<String> effects) {
		Element assignTo = Elements.child(root, "AssignTo");
		String type = assignTo == null || assignTo.getAttribute("type").isEmpty() ? (response ? "response" : "request") : assignTo.getAttribute("type");
		String target = Elements.text(assignTo);
		if (target != null && !target.equals("request") && !target.equals("response")) {
			effects.add("assigns to message " + target + ": not simulated");
		} else {
			Map<String, String> headers = "response".equals(type) ? message.responseHeaders : message.headers;
			Element remove = Elements.child(root, "Remove");
			if (remove != null) {
				Element headerList = Elements.child(remove, "Headers");
				if (headerList != null && Elements.children(headerList, "Header").isEmpty()) {
					headers.clear();
					effects.add("all headers removed");
				}
				for (Element header : Elements.children(headerList, "Header")) {
					headers.remove(header.getAttribute("name"));
					effects.add("header " + header.getAttribute("name") + " removed");
				}
				for (Element param : Elements.children(Elements.child(remove, "QueryParams"), "QueryParam")) {
					message.query.remove(param.getAttribute("name"));
					effects.add("query parameter " + param.getAttribute("name") + " removed");
				}
			}
			for (String operation : List.of("Add", "Set")) {
				Element element = Elements.child(root, operation);
				for (Element header : Elements.children(Elements.child(element, "Headers"), "Header")) {
					String name = header.getAttribute("name");
					if (operation.equals("Add") && headers.containsKey(name)) {
						effects.add("header " + name + " kept (Add does not replace)");
						continue;
					}
					Message.Resolved value = message.resolve(header.getTextContent().trim());
					headers.put(name, value.value());
					if (!"response".equals(type)) {
						message.markHeader(name, value.fromSecret());
					}
					effects.add("header " + name + " = " + (value.fromSecret() ? Message.SECRET : value.value()));
				}
				for (Element param : Elements.children(Elements.child(element, "QueryParams"), "QueryParam")) {
					Message.Resolved value = message.resolve(param.getTextContent().trim());
					message.query.put(param.getAttribute("name"), value.value());
					effects.add("query parameter " + param.getAttribute("name") + " = " + (value.fromSecret() ? Message.SECRET : value.value()));
				}
				String verb = Elements.text(Elements.child(element, "Verb"));
				if (verb != null && !response) {
					message.verb = verb;
					effects.add("verb = " + verb);
				}
			}
		}
		for (Element variable : Elements.children(root, "AssignVariable")) {
			String name = Elements.text(Elements.child(variable, "Name"));
			String ref = Elements.text(Elements.child(variable, "Ref"));
			String template = Elements.text(Elements.child(variable, "Template"));
			String literal = Elements.text(Elements.child(variable, "Value"));
			Message.Resolved value = ref != null ? new Message.Resolved(message.get(ref).orElse(literal), message.isSecret(ref))
					: template != null ? message.resolve(template) : new Message.Resolved(literal, false);
			if (name != null) {
				message.set(name, value.value(), value.fromSecret());
				effects.add(name + " = " + (value.fromSecret() ? Message.SECRET : value.value()));
			}
		}
		return null;
	}

	Fault raiseFault(Element root, String policy) {
		Element set = Elements.child(Elements.child(root, "FaultResponse"), "Set");
		String status = Elements.text(Elements.child(set, "StatusCode"));
		String reason = Elements.text(Elements.child(set, "ReasonPhrase"));
		int code = 500;
		try {
			code = status == null ? 500 : Integer.parseInt(message.resolve(status).value());
		} catch (NumberFormatException e) {
			// a status from a variable that is not a number: the gateway answers 500 too
		}
		return new Fault(code, reason == null ? "raised by RaiseFault" : reason, policy);
	}

	void serviceCallout(Element root, List<String> effects) {
		String url = Elements.text(Elements.child(Elements.child(root, "HTTPTargetConnection"), "URL"));
		effects.add("would call " + (url == null ? "(no URL: a provider or local target)" : message.resolve(url).value()) + " (not called)");
		String response = Elements.text(Elements.child(root, "Response"));
		if (response != null) {
			effects.add("its response would be in " + response + " (empty in the dry run)");
		}
	}

	void extractVariables(Element root, List<String> effects) {
		String prefix = Elements.text(Elements.child(root, "VariablePrefix"));
		String start = prefix == null ? "" : prefix + ".";
		for (Element uri : Elements.children(root, "URIPath")) {
			for (Element pattern : Elements.children(uri, "Pattern")) {
				extract(pattern, message.get("proxy.pathsuffix").orElse(""), start, effects);
			}
		}
		for (Element header : Elements.children(root, "Header")) {
			for (Element pattern : Elements.children(header, "Pattern")) {
				extract(pattern, message.headers.getOrDefault(header.getAttribute("name"), ""), start, effects);
			}
		}
		for (Element param : Elements.children(root, "QueryParam")) {
			for (Element pattern : Elements.children(param, "Pattern")) {
				extract(pattern, message.query.getOrDefault(param.getAttribute("name"), ""), start, effects);
			}
		}
		if (effects.isEmpty()) {
			effects.add("nothing extracted (only URIPath, Header and QueryParam patterns are simulated)");
		}
	}

	/** {@code /Orders('{orderId}')}: literal text must match, each {name} takes what stands there. */
	private void extract(Element patternElement, String value, String prefix, List<String> effects) {
		String pattern = patternElement.getTextContent().trim();
		Matcher names = Pattern.compile("\\{([^}]+)\\}").matcher(pattern);
		StringBuilder regex = new StringBuilder();
		List<String> variables = new java.util.ArrayList<>();
		int last = 0;
		while (names.find()) {
			regex.append(Pattern.quote(pattern.substring(last, names.start()))).append("(.*?)");
			variables.add(names.group(1));
			last = names.end();
		}
		regex.append(Pattern.quote(pattern.substring(last))).append(pattern.endsWith("}") ? "$" : ".*");
		boolean ignoreCase = "true".equalsIgnoreCase(patternElement.getAttribute("ignoreCase"));
		Matcher match = Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0).matcher(value);
		if (!match.matches()) {
			effects.add("pattern " + pattern + " does not match " + value);
			return;
		}
		for (int i = 0; i < variables.size(); i++) {
			message.set(prefix + variables.get(i), match.group(i + 1), false);
			effects.add(prefix + variables.get(i) + " = " + match.group(i + 1));
		}
	}
}
