package io.cartograph.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/** One HTTP request being answered: its path parameters, body, caller, and the answer. */
final class Call {

	static final ObjectMapper JSON = new ObjectMapper();

	private final HttpExchange exchange;
	private final Map<String, String> parameters;
	private final long maxBody;
	private String user;
	private boolean answered;

	Call(HttpExchange exchange, Map<String, String> parameters, long maxBody) {
		this.exchange = exchange;
		this.parameters = parameters;
		this.maxBody = maxBody;
	}

	String parameter(String name) {
		return parameters.get(name);
	}

	String user() {
		return user;
	}

	void user(String name) {
		this.user = name;
	}

	String header(String name) {
		return exchange.getRequestHeaders().getFirst(name);
	}

	/** The query's parameters, decoded; the first value of each. */
	Map<String, String> query() {
		Map<String, String> query = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		if (raw == null) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int equals = pair.indexOf('=');
			String name = decode(equals < 0 ? pair : pair.substring(0, equals));
			String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
			query.putIfAbsent(name, value);
		}
		return query;
	}

	/** Percent-decoding; a malformed escape is the client's mistake (400), not the server's. */
	static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		} catch (IllegalArgumentException e) {
			throw HttpProblem.badRequest("Malformed percent-encoding in the URL");
		}
	}

	/** The body as JSON; at most the configured size, so that no client can exhaust the heap. */
	JsonNode body() throws IOException {
		String length = header("Content-Length");
		if (length != null && parseLong(length) > maxBody) {
			throw tooLarge();
		}
		byte[] bytes;
		try (InputStream in = exchange.getRequestBody()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
		}
		if (bytes.length > maxBody) {
			throw tooLarge();
		}
		if (bytes.length == 0) {
			throw HttpProblem.badRequest("The request needs a JSON body");
		}
		try {
			return JSON.readTree(bytes);
		} catch (JsonProcessingException e) {
			throw new HttpProblem(400, "bad-json", "The body is not valid JSON: " + e.getOriginalMessage());
		}
	}

	private HttpProblem tooLarge() {
		return new HttpProblem(413, "too-large", "The body is larger than the server accepts (" + maxBody + " bytes)");
	}

	private static long parseLong(String text) {
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	void answer(int status, Object value) throws IOException {
		answerRaw(status, JSON.writeValueAsBytes(value));
	}

	void answerRaw(int status, byte[] json) throws IOException {
		answered = true;
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(status, json.length == 0 ? -1 : json.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(json);
		}
	}

	void problem(HttpProblem problem) throws IOException {
		if (problem.status == 401) {
			exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"cartograph\", error=\"invalid_token\"");
		}
		Map<String, Object> body = new HashMap<>(problem.extra);
		body.put("error", problem.getMessage());
		body.put("code", problem.code);
		answer(problem.status, body);
	}

	boolean answered() {
		return answered;
	}

	static Map<String, Object> object(Object... namesAndValues) {
		Map<String, Object> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			map.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return map;
	}

	static List<String> segments(String path) {
		return List.of(path.replaceAll("^/+|/+$", "").split("/+"));
	}
}
