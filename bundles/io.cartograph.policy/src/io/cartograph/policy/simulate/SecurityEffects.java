package io.cartograph.policy.simulate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProduct;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.DeveloperApplication;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.KeyValueMap;
import io.cartograph.policy.ip.AccessControlRules;
import io.cartograph.policy.ip.Cidr;
import io.cartograph.policy.xml.Elements;

/**
 * What the security policies do in the dry run: API key and token checks against the workspace,
 * KVM reads, Basic credentials, IP rules. Returns a fault or null; what happened goes to effects.
 */
final class SecurityEffects {

	private final ApiProxy proxy;
	private final ApiManagement workspace;
	private final SecretValues secrets;
	private final Set<String> validTokens;
	private final Message message;

	SecurityEffects(ApiProxy proxy, ApiManagement workspace, SecretValues secrets, Set<String> validTokens, Message message) {
		this.proxy = proxy;
		this.workspace = workspace;
		this.secrets = secrets;
		this.validTokens = validTokens;
		this.message = message;
	}

	Fault verifyApiKey(Element root, String policy, List<String> effects) {
		Element key = Elements.child(root, "APIKey");
		String ref = key == null ? null : key.getAttribute("ref");
		String value = ref == null || ref.isEmpty() ? null : message.get(ref).orElse(null);
		if (ref != null && !ref.isEmpty()) {
			message.markSecret(ref); // an API key is a credential: the backend request shows it as (secret)
		}
		if (value == null || value.isEmpty()) {
			return new Fault(401, "no API key in " + (ref == null || ref.isEmpty() ? "(APIKey ref not set)" : ref), policy);
		}
		if (workspace != null) {
			for (DeveloperApplication application : workspace.getApplications()) {
				Optional<String> known = application.getApiKey() == null ? Optional.empty() : secrets.get(application.getApiKey());
				if (known.isPresent() && known.get().equals(value)) {
					boolean subscribed = application.getProducts().stream().map(ApiProduct::getProxies)
							.anyMatch(proxies -> proxies.stream().anyMatch(p -> p == proxy || p.getName() != null && p.getName().equals(proxy.getName())));
					if (!subscribed) {
						return new Fault(401, "the key of application " + application.getName()
								+ " is valid, but none of its products includes proxy " + proxy.getName(), policy);
					}
					effects.add("key belongs to application " + application.getName());
					message.set("verifyapikey." + policy + ".app.name", application.getName(), false);
					return null;
				}
			}
		}
		return new Fault(401, "the API key in " + ref + " belongs to no application of the workspace", policy);
	}

	Fault keyValueMap(Element root, String policy, List<String> effects) {
		String mapName = root.getAttribute("mapIdentifier");
		KeyValueMap map = workspace == null ? null : workspace.getKeyValueMaps().stream()
				.filter(m -> mapName.equals(m.getName())).findFirst().orElse(null);
		for (Element get : Elements.children(root, "Get")) {
			String assignTo = get.getAttribute("assignTo");
			String key = Elements.text(Elements.child(Elements.child(get, "Key"), "Parameter"));
			if (map == null) {
				effects.add(assignTo + " not assigned: no key value map " + mapName + " in the workspace");
				continue;
			}
			Optional<KeyValueEntry> entry = map.getEntries().stream().filter(e -> e.getName() != null && e.getName().equals(key)).findFirst();
			Optional<String> value = entry.flatMap(e -> e.getValue() == null ? Optional.empty() : secrets.get(e.getValue()));
			if (value.isEmpty()) {
				effects.add(assignTo + " not assigned: " + mapName + " has no value for " + key);
				continue;
			}
			message.set(assignTo, value.get(), true);
			effects.add(assignTo + " = " + Message.SECRET + " (from " + mapName + "/" + key + ")");
		}
		for (String operation : List.of("Put", "Delete")) {
			if (!Elements.children(root, operation).isEmpty()) {
				effects.add(operation + " not simulated (the workspace's maps are not changed)");
			}
		}
		return null;
	}

	Fault basicAuthentication(Element root, String policy, List<String> effects) {
		String operation = Elements.text(Elements.child(root, "Operation"));
		if (!"Encode".equalsIgnoreCase(operation)) {
			effects.add("not simulated: BasicAuthentication " + operation);
			return null;
		}
		String userRef = Elements.attribute(Elements.child(root, "User"), "ref");
		String passwordRef = Elements.attribute(Elements.child(root, "Password"), "ref");
		String assignTo = Elements.text(Elements.child(root, "AssignTo"));
		if (assignTo == null) {
			effects.add("no AssignTo: the encoded credentials go nowhere");
			return null;
		}
		String user = userRef == null ? "" : message.get(userRef).orElse("");
		String password = passwordRef == null ? "" : message.get(passwordRef).orElse("");
		boolean secret = userRef != null && message.isSecret(userRef) || passwordRef != null && message.isSecret(passwordRef);
		String encoded = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		message.set(assignTo, encoded, secret);
		effects.add(assignTo + " = " + (secret ? Message.SECRET : encoded));
		return null;
	}

	Fault oauth(Element root, String policy, List<String> effects) {
		String operation = Elements.text(Elements.child(root, "Operation"));
		if (!"VerifyAccessToken".equalsIgnoreCase(operation)) {
			effects.add("not simulated: OAuthV2 " + operation);
			return null;
		}
		String header = message.headers.get("Authorization");
		message.markHeader("Authorization", header != null);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return new Fault(401, "no Bearer token in the Authorization header", policy);
		}
		if (!validTokens.contains(header.substring(7).trim())) {
			return new Fault(401, "the access token is not valid (not in validTokens)", policy);
		}
		effects.add("access token valid");
		return null;
	}

	/** The first MatchRule holding the client's address decides, as {@link AccessControlRules} says. */
	Fault accessControl(Element root, String policy, List<String> effects) {
		AccessControlRules rules = AccessControlRules.of(root);
		Cidr client = null;
		try {
			client = Cidr.address(message.clientIp == null ? "" : message.clientIp.strip());
		} catch (IllegalArgumentException e) {
			effects.add("client.ip " + message.clientIp + " is not an IP address: " + e.getMessage());
		}
		AccessControlRules.Decision decision = rules.decide(client);
		if (decision.source().isPresent()) {
			effects.add(message.clientIp + " matches " + decision.source().get().text() + ": " + decision.rule().get().action());
		} else {
			effects.add("no rule matches " + message.clientIp + ": noRuleMatchAction " + rules.noRuleMatchAction());
		}
		return decision.allowed() ? null : new Fault(403, "client IP " + message.clientIp + " is blocked", policy);
	}
}
