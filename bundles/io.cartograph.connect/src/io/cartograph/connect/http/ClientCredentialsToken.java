package io.cartograph.connect.http;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.io.entity.StringEntity;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * OAuth 2.0 client credentials grant (the service keys of SAP BTP: clientid, clientsecret,
 * tokenurl). The token is cached until shortly before it expires and fetched again once when
 * the API answers 401, which happens when the platform revokes tokens early.
 */
final class ClientCredentialsToken implements Authenticator {

	/** Tokens are renewed this long before their announced expiry (at most half their life). */
	private static final Duration SKEW = Duration.ofSeconds(30);

	private final String tokenUrl;
	private final String basicCredentials;
	private final String scope;
	private final Redactor redactor;
	private String token;
	private Instant renewAt = Instant.MIN;

	ClientCredentialsToken(String tokenUrl, String clientId, String clientSecret, String scope, Redactor redactor) {
		this.tokenUrl = tokenUrl;
		this.scope = scope == null || scope.isBlank() ? null : scope.strip();
		this.redactor = redactor;
		// RFC 6749 2.3.1: both parts form-encoded before Basic encoding.
		String pair = form(clientId) + ":" + form(clientSecret);
		this.basicCredentials = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
		redactor.hide(basicCredentials);
	}

	@Override
	public synchronized void apply(HttpRequest request, ApiClient client) {
		Instant now = client.settings().clock().instant();
		if (token == null || !now.isBefore(renewAt)) {
			fetch(client, now);
		}
		request.setHeader("Authorization", "Bearer " + token);
	}

	@Override
	public synchronized boolean renew() {
		boolean hadToken = token != null;
		token = null;
		return hadToken;
	}

	@Override
	public boolean usesTokenEndpoint() {
		return true;
	}

	/** Gets a token now (Test Connection's first step). */
	synchronized void fetch(ApiClient client) {
		fetch(client, client.settings().clock().instant());
	}

	private void fetch(ApiClient client, Instant now) {
		String body = "grant_type=client_credentials" + (scope == null ? "" : "&scope=" + form(scope));
		Answer answer = client.token(tokenUrl, () -> {
			HttpPost post = new HttpPost(tokenUrl);
			post.setHeader("Authorization", "Basic " + basicCredentials);
			post.setHeader("Accept", "application/json");
			post.setEntity(new StringEntity(body, ContentType.APPLICATION_FORM_URLENCODED));
			return post;
		}, ClientCredentialsToken::read);
		redactor.hide(answer.token);
		token = answer.token;
		long life = answer.expiresIn > 0 ? answer.expiresIn : 300;
		Duration skew = Duration.ofSeconds(Math.min(SKEW.toSeconds(), life / 2));
		renewAt = now.plusSeconds(life).minus(skew);
	}

	private record Answer(String token, long expiresIn) {
	}

	private static Answer read(JsonParser parser) throws IOException {
		if (parser.nextToken() != JsonToken.START_OBJECT) {
			throw new MalformedResponseException("the token answer is not a JSON object");
		}
		String token = null;
		long expiresIn = 0;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("access_token".equals(name) && value == JsonToken.VALUE_STRING) {
				token = parser.getText();
			} else if ("expires_in".equals(name) && value.isNumeric()) {
				expiresIn = parser.getLongValue();
			} else if ("expires_in".equals(name) && value == JsonToken.VALUE_STRING) {
				expiresIn = Long.parseLong(parser.getText().strip());
			} else {
				parser.skipChildren();
			}
		}
		if (token == null || token.isBlank()) {
			throw new MalformedResponseException("the token answer has no access_token");
		}
		return new Answer(token, expiresIn);
	}

	private static String form(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
