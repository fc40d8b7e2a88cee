package io.cartograph.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Speaks to a server under test as a client would, with java.net.http. */
final class TestClient {

	static final ObjectMapper JSON = new ObjectMapper();

	record Answer(int status, JsonNode body, HttpResponse<String> response) {
		String code() {
			return body.path("code").asText(null);
		}
	}

	private final HttpClient http;
	private final URI base;

	TestClient(URI base) {
		this(base, HttpClient.newHttpClient());
	}

	TestClient(URI base, HttpClient http) {
		this.base = base;
		this.http = http;
	}

	Answer get(String path, String token) {
		return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
	}

	Answer post(String path, String token, Object body) {
		return send(HttpRequest.newBuilder(base.resolve(path)).POST(json(body)), token);
	}

	Answer put(String path, String token, Object body) {
		return send(HttpRequest.newBuilder(base.resolve(path)).PUT(json(body)), token);
	}

	/** A token for the user, asserting that the server issued one. */
	String token(String user, String password) {
		Answer answer = post("/auth/token", null, JSON.createObjectNode().put("user", user).put("password", password));
		if (answer.status() != 200) {
			throw new AssertionError("no token for " + user + ": " + answer.status() + " " + answer.body());
		}
		return answer.body().get("token").asText();
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		try {
			return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private Answer send(HttpRequest.Builder request, String token) {
		request.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
			return new Answer(response.statusCode(), body, response);
		} catch (IOException e) {
			throw new IllegalStateException("request failed: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
