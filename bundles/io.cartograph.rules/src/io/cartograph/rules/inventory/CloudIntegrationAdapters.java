package io.cartograph.rules.inventory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Adapters and authentication methods of a Cloud Integration flow, from what its API exposes
 * as data: the externalized parameters (whose names the developer chose, so we recognise
 * common naming) and the service endpoints of its sender side. Channels that are not
 * externalized are only in the flow's content, which is not read; they stay unknown.
 */
final class CloudIntegrationAdapters {

	/** Adapter names as Cloud Integration spells them, by their lower case. */
	private static final Map<String, String> ADAPTERS = spelled("HTTPS", "HTTP", "SOAP", "IDoc", "OData", "SFTP", "FTP",
			"Mail", "AS2", "AS4", "JMS", "AMQP", "Kafka", "ProcessDirect", "Timer", "SuccessFactors", "Ariba", "RFC",
			"JDBC", "XI", "LDAP", "Salesforce", "Splunk", "Workday", "ServiceNow", "OpenConnectors", "ELSTER");

	/** Address schemes that name their adapter without doubt (an https address could be HTTP, SOAP or OData). */
	private static final Map<String, String> SCHEMES = Map.of("sftp", "SFTP", "ftp", "FTP", "ftps", "FTP", "smtp", "Mail",
			"smtps", "Mail", "imap", "Mail", "imaps", "Mail", "pop3", "Mail", "amqp", "AMQP");

	private CloudIntegrationAdapters() {
	}

	/**
	 * A service endpoint's {@code Protocol} is the sender adapter: REST is HTTPS, SOAP is SOAP
	 * (IDoc when an entry point's URL has {@code /idoc/}), ODATA is OData.
	 */
	static void fromEndpoints(List<Map<?, ?>> endpoints, Set<String> adapters) {
		for (Map<?, ?> endpoint : endpoints) {
			String protocol = JsonValues.text(endpoint, "Protocol");
			if (protocol == null) {
				continue;
			}
			boolean idoc = JsonValues.objects(endpoint.get("EntryPoints")).stream()
					.map(entry -> JsonValues.text(entry, "Url"))
					.anyMatch(url -> url != null && url.toLowerCase(Locale.ROOT).contains("/idoc"));
			switch (protocol.toUpperCase(Locale.ROOT)) {
			case "REST" -> adapters.add("HTTPS");
			case "SOAP" -> adapters.add(idoc ? "IDoc" : "SOAP");
			case "ODATA" -> adapters.add("OData");
			default -> adapters.add(adapter(protocol));
			}
		}
	}

	/**
	 * Externalized parameters ({@code ParameterKey}, {@code ParameterValue}): a key naming an
	 * adapter ({@code Sender_Adapter}, {@code AdapterType}) gives its value as adapter; a key
	 * naming an address, URL or host whose value starts with an unambiguous scheme (sftp, ftp,
	 * smtp, imap, pop3, amqp) gives that scheme's adapter; a key naming authentication
	 * ({@code Authentication}, {@code Receiver_AuthType}) gives its value as method. Credential
	 * aliases alone say nothing about the method and are not used.
	 */
	static void fromParameters(List<Map<?, ?>> parameters, Set<String> adapters, Set<String> authentication) {
		for (Map<?, ?> parameter : parameters) {
			String key = JsonValues.text(parameter, "ParameterKey");
			String value = CloudIntegrationArtifacts.blankToNull(JsonValues.text(parameter, "ParameterValue"));
			if (key == null || value == null || value.startsWith("{{")) {
				continue;
			}
			String lowerKey = key.toLowerCase(Locale.ROOT);
			if (lowerKey.contains("adapter")) {
				adapters.add(adapter(value));
			} else if (lowerKey.contains("auth")) {
				String method = authentication(value);
				if (method != null) {
					authentication.add(method);
				}
			} else if (lowerKey.contains("address") || lowerKey.contains("url") || lowerKey.contains("host")) {
				int colon = value.indexOf(':');
				String scheme = colon > 0 ? SCHEMES.get(value.substring(0, colon).toLowerCase(Locale.ROOT)) : null;
				if (scheme != null) {
					adapters.add(scheme);
				}
			}
		}
	}

	static String adapter(String value) {
		return ADAPTERS.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value.strip());
	}

	/** Normalizes the usual spellings; None is no method; anything else is kept as written. */
	static String authentication(String value) {
		String lower = value.toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
		if (lower.equals("none") || lower.equals("noauthorization") || lower.equals("noauthentication")) {
			return null;
		}
		if (lower.contains("oauth")) {
			return lower.contains("saml") ? "OAuth2 SAML Bearer" : lower.contains("authorizationcode") ? "OAuth2 Authorization Code"
					: "OAuth2 Client Credentials";
		}
		if (lower.contains("basic")) {
			return "Basic";
		}
		if (lower.contains("certificate") || lower.equals("clientcert")) {
			return "Client Certificate";
		}
		if (lower.contains("principal")) {
			return "Principal Propagation";
		}
		if (lower.contains("publickey")) {
			return "Public Key";
		}
		return value.strip();
	}

	private static Map<String, String> spelled(String... names) {
		Map<String, String> map = new java.util.HashMap<>();
		for (String name : names) {
			map.put(name.toLowerCase(Locale.ROOT), name);
		}
		return Map.copyOf(map);
	}
}
