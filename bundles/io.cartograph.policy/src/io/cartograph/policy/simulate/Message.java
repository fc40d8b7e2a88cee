package io.cartograph.policy.simulate;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartograph.policy.condition.Variables;

/**
 * The request as the flows change it, and the flow variables. Remembers which values came from a
 * secret (a KVM entry, or anything built from one) so that the trace shows them as (secret).
 */
final class Message implements Variables {

	static final String SECRET = "(secret)";
	private static final Pattern REFERENCE = Pattern.compile("\\{([^{}\\s]+)\\}");

	String verb;
	final String path;
	final String basePath;
	final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
	final Map<String, String> query = new LinkedHashMap<>();
	final Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
	final String clientIp;
	final String body;
	private final Map<String, String> variables = new HashMap<>();
	private final Set<String> secret = new HashSet<>();

	Message(SimulatedRequest request, String basePath) {
		this.verb = request.verb();
		this.path = request.path();
		this.basePath = basePath == null ? "" : basePath;
		this.headers.putAll(request.headers());
		this.query.putAll(request.query());
		this.clientIp = request.clientIp();
		this.body = request.body();
	}

	@Override
	public Optional<String> get(String name) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		return Optional.ofNullable(switch (lower) {
			case "request.verb" -> verb;
			case "request.path", "request.uri" -> path;
			case "proxy.pathsuffix" -> path.startsWith(basePath) ? path.substring(basePath.length()) : path;
			case "proxy.basepath" -> basePath;
			case "client.ip", "proxy.client.ip" -> clientIp;
			case "request.content" -> body;
			default -> lower.startsWith("request.header.") ? headers.get(name.substring("request.header.".length()))
					: lower.startsWith("request.queryparam.") ? query.get(name.substring("request.queryparam.".length()))
					: lower.startsWith("response.header.") ? responseHeaders.get(name.substring("response.header.".length()))
					: variables.get(name);
		});
	}

	boolean isSecret(String name) {
		return secret.contains(key(name));
	}

	/** Sets a variable, or the header / query parameter / verb it names. */
	void set(String name, String value, boolean fromSecret) {
		String lower = name.toLowerCase(java.util.Locale.ROOT);
		if (lower.startsWith("request.header.")) {
			headers.put(name.substring("request.header.".length()), value);
		} else if (lower.startsWith("request.queryparam.")) {
			query.put(name.substring("request.queryparam.".length()), value);
		} else if (lower.equals("request.verb")) {
			verb = value;
		} else {
			variables.put(name, value);
		}
		if (fromSecret) {
			secret.add(key(name));
		} else {
			secret.remove(key(name));
		}
	}

	/** The variable holds a credential from the request (API key): shown as (secret) from now on. */
	void markSecret(String name) {
		secret.add(key(name));
	}

	void markHeader(String header, boolean fromSecret) {
		if (fromSecret) {
			secret.add(key("request.header." + header));
		} else {
			secret.remove(key("request.header." + header));
		}
	}

	/** How a value is shown in the trace. */
	String show(String name, String value) {
		return isSecret(name) ? SECRET : value;
	}

	/** A {@code {variable}} template filled in, and whether a secret went into it. */
	Resolved resolve(String template) {
		if (template == null) {
			return new Resolved(null, false);
		}
		Matcher matcher = REFERENCE.matcher(template);
		StringBuilder out = new StringBuilder();
		boolean fromSecret = false;
		while (matcher.find()) {
			String variable = matcher.group(1);
			fromSecret |= isSecret(variable);
			matcher.appendReplacement(out, Matcher.quoteReplacement(get(variable).orElse("")));
		}
		matcher.appendTail(out);
		return new Resolved(out.toString(), fromSecret);
	}

	/** Header values for the trace and the backend request, secrets masked. */
	Map<String, String> shownHeaders() {
		Map<String, String> shown = new LinkedHashMap<>();
		headers.forEach((name, value) -> shown.put(name, show("request.header." + name, value)));
		return shown;
	}

	/** Query parameters for the backend request, secrets (an API key read by VerifyAPIKey) masked. */
	Map<String, String> shownQuery() {
		Map<String, String> shown = new LinkedHashMap<>();
		query.forEach((name, value) -> shown.put(name, show("request.queryparam." + name, value)));
		return shown;
	}

	private static String key(String name) {
		return name.toLowerCase(java.util.Locale.ROOT);
	}

	record Resolved(String value, boolean fromSecret) {
	}
}
