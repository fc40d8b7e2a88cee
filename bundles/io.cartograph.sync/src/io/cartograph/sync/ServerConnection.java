package io.cartograph.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * HTTP and JSON to one team server. No automatic retries: whether a request may be sent again
 * is the caller's decision (a push may, with the same id). The token is sent, never logged.
 */
final class ServerConnection implements AutoCloseable {

	/** A status code and the JSON body (missing when the body was empty or not JSON). */
	record Reply(int status, JsonNode body) {

		String error() {
			return body.path("error").asText("HTTP " + status);
		}
	}

	private final URI server;
	private final CloseableHttpClient http;
	private volatile String token;

	ServerConnection(URI server) {
		this.server = server;
		RequestConfig config = RequestConfig.custom().setConnectionRequestTimeout(Timeout.ofSeconds(30))
				.setResponseTimeout(Timeout.ofSeconds(60)).build();
		http = HttpClients.custom().disableAutomaticRetries().setDefaultRequestConfig(config).build();
	}

	URI server() {
		return server;
	}

	void useToken(String newToken) {
		token = newToken;
	}

	boolean hasToken() {
		return token != null;
	}

	Reply get(String path) throws IOException {
		return send(new HttpGet(server.resolve(path)), null);
	}

	Reply post(String path, String json) throws IOException {
		return send(new HttpPost(server.resolve(path)), json);
	}

	Reply put(String path, String json) throws IOException {
		return send(new HttpPut(server.resolve(path)), json);
	}

	private Reply send(HttpUriRequestBase request, String json) throws IOException {
		if (json != null) {
			request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
		}
		request.setHeader("Accept", "application/json");
		String bearer = token;
		if (bearer != null) {
			request.setHeader("Authorization", "Bearer " + bearer);
		}
		return http.execute(request, response -> {
			String text = response.getEntity() == null ? ""
					: EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
			JsonNode body;
			try {
				body = text.isBlank() ? MissingNode.getInstance() : ChangeSetCodec.MAPPER.readTree(text);
			} catch (IOException notJson) {
				body = MissingNode.getInstance();
			}
			return new Reply(response.getCode(), body);
		});
	}

	@Override
	public void close() {
		try {
			http.close();
		} catch (IOException e) {
			// Nothing is pending on a connection we close; there is nothing to save.
		}
	}
}
