package io.cartograph.policy.simulate;

import java.util.List;
import java.util.function.Function;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.ProxyEndpoint;
import io.cartograph.model.landscape.TargetEndpoint;
import io.cartograph.policy.xml.Elements;
import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.XmlParseException;

/**
 * Which target endpoint the proxy endpoint routes to: the first route rule (in the kept endpoint
 * XML; SAP {@code routeRules/routeRule}, Apigee {@code RouteRule}) whose condition holds. The choice
 * is a step of the trace, so that the route is visible. Without route rules: the first target.
 */
final class Routing {

	/** @param step the trace step showing the choice; null when there were no route rules to read */
	record Route(TargetEndpoint target, TraceStep step) {
	}

	private Routing() {
	}

	/** @param holds null when a condition holds, else why not */
	static Route choose(ProxyEndpoint endpoint, List<TargetEndpoint> targets, Function<String, String> holds) {
		TargetEndpoint first = targets.isEmpty() ? null : targets.get(0);
		List<Element> rules = rules(endpoint.getXml());
		if (rules.isEmpty()) {
			return new Route(first, null);
		}
		for (Element rule : rules) {
			String condition = text(rule, "conditions", "condition", "Condition");
			if (holds.apply(condition) != null) {
				continue;
			}
			String name = rule.hasAttribute("name") ? rule.getAttribute("name") : text(rule, "name");
			String targetName = text(rule, "targetEndPointName", "TargetEndpoint");
			String reason = condition == null ? "no condition" : "condition true: " + condition;
			if (targetName == null) {
				String url = text(rule, "URL", "url");
				return new Route(null, step(endpoint, name, reason, url == null
						? "no target: the request does not go to a backend (null route)" : "to URL " + url + " (not simulated)"));
			}
			TargetEndpoint target = targets.stream().filter(t -> targetName.equals(t.getName())).findFirst().orElse(null);
			return new Route(target, step(endpoint, name, reason,
					target == null ? "target endpoint " + targetName + " is not in the proxy" : "to target endpoint " + targetName));
		}
		return new Route(null, step(endpoint, null, "no route rule's condition holds", "no target: the request does not go to a backend"));
	}

	private static TraceStep step(ProxyEndpoint endpoint, String rule, String reason, String effect) {
		return new TraceStep(TraceStep.where(endpoint), "RouteRule", "request", rule == null ? "(none)" : rule, "RouteRule", true, reason,
				List.of(effect));
	}

	private static List<Element> rules(String xml) {
		if (xml == null) {
			return List.of();
		}
		try {
			Element root = SafeXml.parse("endpoint", xml.startsWith("\uFEFF") ? xml.substring(1) : xml).getDocumentElement();
			List<Element> sap = Elements.children(Elements.child(root, "routeRules"), "routeRule");
			return sap.isEmpty() ? Elements.children(root, "RouteRule") : sap;
		} catch (XmlParseException e) {
			return List.of();
		}
	}

	private static String text(Element parent, String... names) {
		for (String name : names) {
			String text = Elements.text(Elements.child(parent, name));
			if (text != null) {
				return text;
			}
		}
		return null;
	}
}
