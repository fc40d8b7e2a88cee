package io.cartograph.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small team server answering the sync protocol for one workspace: tokens for known users,
 * pushes with 201 / 200 duplicate / 409 behind, pulls in pages. It can break the connection right
 * after committing a push, as a network failure would. Not the real server: that one is built
 * elsewhere and integrated later.
 */
final class FakeTeamServer implements AutoCloseable {

	static final String WORKSPACE = "landscape-1";
	private static final ObjectMapper JSON = new ObjectMapper();

	private final HttpServer http;
	private final Map<String, String> passwords = new HashMap<>();
	private final Map<String, String> tokens = new HashMap<>();
	private final List<ObjectNode> log = new ArrayList<>();
	private final AtomicBoolean cutAfterNextCommit = new AtomicBoolean();
	private final AtomicInteger pushes = new AtomicInteger();
	private final AtomicInteger refusedAsBehind = new AtomicInteger();
	private final int pageLimit;
	private ObjectNode snapshot;
	private String name = "Team landscape";

	FakeTeamServer(int pageLimit) throws IOException {
		this.pageLimit = pageLimit;
		http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		http.createContext("/auth/token", this::token);
		http.createContext("/workspaces/" + WORKSPACE + "/changes", this::changes);
		http.createContext("/workspaces", this::workspaces);
		http.createContext("/workspaces/" + WORKSPACE + "/snapshot", this::snapshot);
		http.start();
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
	}

	void addUser(String user, String password) {
		passwords.put(user, password);
	}

	/** The next push is committed, then the connection is dropped without an answer. */
	void cutConnectionAfterNextCommit() {
		cutAfterNextCommit.set(true);
	}

	/** Commits a change set as if someone had pushed it. */
	synchronized void commit(ChangeSet changeSet, String author) {
		ObjectNode node = ChangeSetCodec.toNode(changeSet, false);
		node.put("revision", log.size() + 1);
		node.put("author", author);
		node.put("committedAt", Instant.now().toString());
		log.add(node);
	}

	synchronized List<ObjectNode> committed() {
		return List.copyOf(log);
	}

	synchronized long head() {
		return log.size();
	}

	int pushes() {
		return pushes.get();
	}

	int refusedAsBehind() {
		return refusedAsBehind.get();
	}

	/** Everything the server stored, as text. */
	synchronized String storedText() {
		return log.toString();
	}

	private void token(HttpExchange exchange) throws IOException {
		JsonNode request = JSON.readTree(exchange.getRequestBody());
		String user = request.path("user").asText();
		if (!request.path("password").asText().equals(passwords.get(user)) || !passwords.containsKey(user)) {
			reply(exchange, 401, error("Wrong user or password", "unauthorized"));
			return;
		}
		String token = "token-" + user + "-" + tokens.size();
		tokens.put(token, user);
		ObjectNode answer = JSON.createObjectNode();
		answer.put("token", token);
		answer.put("expiresAt", Instant.now().plusSeconds(3600).toString());
		reply(exchange, 200, answer);
	}

	private void workspaces(HttpExchange exchange) throws IOException {
		if (user(exchange) == null) {
			return;
		}
		if ("POST".equals(exchange.getRequestMethod())) {
			JsonNode request = JSON.readTree(exchange.getRequestBody());
			synchronized (this) {
				snapshot = (ObjectNode) request.get("snapshot");
				name = request.path("name").asText();
			}
			ObjectNode answer = JSON.createObjectNode();
			answer.put("id", request.path("id").asText());
			answer.put("head", 0);
			reply(exchange, 201, answer);
			return;
		}
		ArrayNode list = JSON.createArrayNode();
		ObjectNode workspace = list.addObject();
		workspace.put("id", WORKSPACE);
		workspace.put("name", name);
		workspace.put("role", "CONFIGURATOR");
		workspace.put("head", head());
		reply(exchange, 200, list);
	}

	private void snapshot(HttpExchange exchange) throws IOException {
		if (user(exchange) == null) {
			return;
		}
		ObjectNode stored;
		synchronized (this) {
			stored = snapshot;
		}
		if (stored == null) {
			reply(exchange, 404, error("No snapshot", "not-found"));
		} else {
			reply(exchange, 200, stored);
		}
	}

	/** The signed-in user; null after answering 401. */
	private String user(HttpExchange exchange) throws IOException {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		String user = authorization == null ? null : tokens.get(authorization.replaceFirst("^Bearer ", ""));
		if (user == null) {
			exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
			reply(exchange, 401, error("Sign in first", "unauthorized"));
		}
		return user;
	}

	private void changes(HttpExchange exchange) throws IOException {
		String user = user(exchange);
		if (user == null) {
			return;
		}
		if ("POST".equals(exchange.getRequestMethod())) {
			push(exchange, user, (ObjectNode) JSON.readTree(exchange.getRequestBody()));
		} else {
			pull(exchange);
		}
	}

	private void push(HttpExchange exchange, String user, ObjectNode changeSet) throws IOException {
		pushes.incrementAndGet();
		ObjectNode answer = JSON.createObjectNode();
		int status;
		synchronized (this) {
			ObjectNode known = log.stream().filter(c -> c.path("id").asText().equals(changeSet.path("id").asText()))
					.findFirst().orElse(null);
			if (known != null) {
				answer.put("revision", known.get("revision").asLong());
				answer.put("duplicate", true);
				status = 200;
			} else if (changeSet.path("baseRevision").asLong() < log.size()) {
				refusedAsBehind.incrementAndGet();
				answer = error("Pull first", "behind");
				answer.put("head", log.size());
				status = 409;
			} else {
				changeSet.put("revision", log.size() + 1);
				changeSet.put("author", user);
				changeSet.put("committedAt", Instant.now().toString());
				log.add(changeSet);
				answer.put("revision", log.size());
				status = 201;
			}
		}
		if (status == 201 && cutAfterNextCommit.compareAndSet(true, false)) {
			// Committed, but the client never hears of it.
			exchange.getRequestBody().close();
			throw new IOException("connection cut on purpose after the commit");
		}
		reply(exchange, status, answer);
	}

	private void pull(HttpExchange exchange) throws IOException {
		Map<String, String> query = new HashMap<>();
		String raw = exchange.getRequestURI().getRawQuery();
		for (String pair : raw == null ? new String[0] : raw.split("&")) {
			String[] parts = pair.split("=", 2);
			query.put(parts[0], parts.length > 1 ? parts[1] : "");
		}
		long since = Long.parseLong(query.getOrDefault("since", "0"));
		int limit = Math.min(pageLimit, Integer.parseInt(query.getOrDefault("limit", "100")));
		ObjectNode answer = JSON.createObjectNode();
		synchronized (this) {
			ArrayNode page = answer.putArray("changeSets");
			log.stream().filter(c -> c.get("revision").asLong() > since).limit(limit).forEach(page::add);
			answer.put("head", log.size());
			answer.put("more", since + page.size() < log.size());
		}
		reply(exchange, 200, answer);
	}

	private static ObjectNode error(String message, String code) {
		ObjectNode error = JSON.createObjectNode();
		error.put("error", message);
		error.put("code", code);
		return error;
	}

	private static void reply(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		http.stop(0);
	}
}
