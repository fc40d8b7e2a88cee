package io.cartograph.connect;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server whose answers the test scripts per path: queued answers are used once,
 * in order, then the path's default answer. Records every request it gets.
 */
public final class TestServer implements AutoCloseable {

	/** One scripted answer; {@code handler} (if set) answers instead of status and body. */
	public record Answer(int status, Map<String, String> headers, String body, Handler handler) {
		public static Answer json(String body) {
			return new Answer(200, Map.of("Content-Type", "application/json"), body, null);
		}

		public static Answer status(int status, String body) {
			return new Answer(status, Map.of("Content-Type", "text/plain"), body, null);
		}

		public static Answer status(int status, String body, String header, String value) {
			return new Answer(status, Map.of("Content-Type", "text/plain", header, value), body, null);
		}

		public static Answer handledBy(Handler handler) {
			return new Answer(0, Map.of(), null, handler);
		}
	}

	@FunctionalInterface
	public interface Handler {
		void handle(HttpExchange exchange) throws IOException;
	}

	public record Request(String method, String path, String query, Map<String, List<String>> headers, String body) {
		public String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
					.map(e -> e.getValue().get(0)).findFirst().orElse(null);
		}
	}

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	private final Map<String, Deque<Answer>> queued = new ConcurrentHashMap<>();
	private final Map<String, Answer> defaults = new ConcurrentHashMap<>();
	public final List<Request> requests = new CopyOnWriteArrayList<>();

	public TestServer() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		server.createContext("/", this::handle);
		server.setExecutor(executor);
		server.start();
	}

	public URI url() {
		return URI.create("http://localhost:" + server.getAddress().getPort() + "/");
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** Answers {@code path} with these, one per request, then with its default. */
	public TestServer then(String path, Answer... answers) {
		Deque<Answer> queue = queued.computeIfAbsent(path, p -> new ArrayDeque<>());
		synchronized (queue) {
			queue.addAll(List.of(answers));
		}
		return this;
	}

	public TestServer always(String path, Answer answer) {
		defaults.put(path, answer);
		return this;
	}

	public long requestsTo(String path) {
		return requests.stream().filter(r -> r.path().equals(path)).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
					Map.copyOf(exchange.getRequestHeaders()), body));
			Answer answer = null;
			Deque<Answer> queue = queued.get(path);
			if (queue != null) {
				synchronized (queue) {
					answer = queue.poll();
				}
			}
			if (answer == null) {
				answer = defaults.getOrDefault(path, Answer.status(404, "no answer scripted for " + path));
			}
			if (answer.handler() != null) {
				answer.handler().handle(exchange);
				return;
			}
			answer.headers().forEach(exchange.getResponseHeaders()::set);
			byte[] bytes = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
			if (bytes.length > 0) {
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(bytes);
				}
			}
		} catch (IOException e) {
			// client went away
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
