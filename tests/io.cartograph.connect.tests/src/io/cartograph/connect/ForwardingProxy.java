package io.cartograph.connect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny HTTP forward proxy for plain http targets: takes requests in absolute form
 * ({@code GET http://host:port/path HTTP/1.1}), forwards them with their headers and body and
 * copies the answer back. Records the URIs it forwarded.
 */
public final class ForwardingProxy implements AutoCloseable {

	private static final List<String> HOP_BY_HOP = List.of("connection", "proxy-connection", "keep-alive",
			"transfer-encoding", "te", "trailer", "upgrade", "proxy-authorization", "host", "content-length");

	private final HttpServer server;
	private final ExecutorService executor = Executors.newCachedThreadPool();
	public final List<URI> forwarded = new CopyOnWriteArrayList<>();

	public ForwardingProxy() throws IOException {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
		server.createContext("/", this::forward);
		server.setExecutor(executor);
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	private void forward(HttpExchange exchange) throws IOException {
		try (exchange) {
			URI target = exchange.getRequestURI();
			if (target.getScheme() == null) {
				exchange.sendResponseHeaders(400, -1);
				return;
			}
			forwarded.add(target);
			HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection(Proxy.NO_PROXY);
			connection.setRequestMethod(exchange.getRequestMethod());
			exchange.getRequestHeaders().forEach((name, values) -> {
				if (!HOP_BY_HOP.contains(name.toLowerCase())) {
					values.forEach(v -> connection.addRequestProperty(name, v));
				}
			});
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (body.length > 0) {
				connection.setDoOutput(true);
				try (OutputStream out = connection.getOutputStream()) {
					out.write(body);
				}
			}
			int status = connection.getResponseCode();
			connection.getHeaderFields().forEach((name, values) -> {
				if (name != null && !HOP_BY_HOP.contains(name.toLowerCase())) {
					exchange.getResponseHeaders().put(name, values);
				}
			});
			exchange.getResponseHeaders().set("Via", "1.1 test-proxy");
			InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
			exchange.sendResponseHeaders(status, 0);
			try (OutputStream out = exchange.getResponseBody()) {
				if (in != null) {
					in.transferTo(out);
					in.close();
				}
			}
		} catch (IOException e) {
			// client or target went away
		}
	}

	@Override
	public void close() {
		server.stop(0);
		executor.shutdownNow();
	}
}
