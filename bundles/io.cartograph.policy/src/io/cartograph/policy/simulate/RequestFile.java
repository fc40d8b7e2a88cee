package io.cartograph.policy.simulate;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** The request file of {@code policy simulate}: the request and the access tokens to accept as valid. */
public record RequestFile(SimulatedRequest request, Set<String> validTokens) {

	public RequestFile {
		validTokens = Set.copyOf(validTokens);
	}

	public static RequestFile fromJson(String json) throws IOException {
		JsonNode root = SimulatedRequest.json().readTree(json);
		if (root == null || !root.isObject()) {
			throw new IOException("The request file must hold a JSON object such as {\"verb\": \"GET\", \"path\": \"/v1/orders\"}");
		}
		Set<String> tokens = new LinkedHashSet<>();
		if (root.has("validTokens") && root.get("validTokens").isArray()) {
			root.get("validTokens").forEach(token -> tokens.add(token.asText()));
		}
		return new RequestFile(SimulatedRequest.fromJson(root), tokens);
	}
}
