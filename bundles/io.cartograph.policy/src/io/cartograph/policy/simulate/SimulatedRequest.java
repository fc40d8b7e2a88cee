package io.cartograph.policy.simulate;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A request for the dry run, or the request as it reaches the backend (then {@code path} is the
 * target URL with the path suffix).
 */
public record SimulatedRequest(String verb, String path, Map<String, String> headers, Map<String, String> query,
		String clientIp, String body) {

	public SimulatedRequest {
		verb = verb == null ? "GET" : verb.toUpperCase(java.util.Locale.ROOT);
		path = path == null ? "/" : path;
		headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
		query = query == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(query));
	}

	/**
	 * {@code {"verb", "path", "headers": {}, "query": {}, "clientIp", "body", "apiKey", "token"}}: apiKey
	 * becomes the APIKey header and token an {@code Authorization: Bearer} header unless the headers
	 * already have them. validTokens is read by {@link RequestFile}.
	 */
	public static SimulatedRequest fromJson(String json) throws IOException {
		return RequestFile.fromJson(json).request();
	}

	static SimulatedRequest fromJson(JsonNode root) {
		Map<String, String> headers = strings(root.get("headers"));
		Map<String, String> query = strings(root.get("query"));
		if (root.hasNonNull("apiKey") && headers.keySet().stream().noneMatch("APIKey"::equalsIgnoreCase)) {
			headers.put("APIKey", root.get("apiKey").asText());
		}
		if (root.hasNonNull("token") && headers.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
			headers.put("Authorization", "Bearer " + root.get("token").asText());
		}
		return new SimulatedRequest(text(root, "verb"), text(root, "path"), headers, query, text(root, "clientIp"), text(root, "body"));
	}

	static ObjectMapper json() {
		return new ObjectMapper();
	}

	private static String text(JsonNode root, String field) {
		return root.hasNonNull(field) ? root.get(field).asText() : null;
	}

	private static Map<String, String> strings(JsonNode node) {
		Map<String, String> values = new LinkedHashMap<>();
		if (node != null && node.isObject()) {
			node.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asText()));
		}
		return values;
	}
}
