package io.cartograph.connect.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.apache.hc.core5.http.HttpRequest;

import io.cartograph.connect.ConnectorException;
import io.cartograph.connect.ConnectorException.Failure;
import io.cartograph.connect.Secrets;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.SecretReference;

/** Puts a data source's credentials on the requests to its API. */
interface Authenticator {

	/** Adds the credentials; may call the token endpoint through {@code client}. */
	void apply(HttpRequest request, ApiClient client);

	/** Forgets cached credentials after a 401; true when one more try may succeed. */
	default boolean renew() {
		return false;
	}

	/** Whether {@link #apply} calls a token endpoint (for Test Connection's steps). */
	default boolean usesTokenEndpoint() {
		return false;
	}

	Authenticator NONE = (request, client) -> {
	};

	/** The authenticator the model's {@link Authentication} describes; secrets are read once, here. */
	static Authenticator of(Authentication authentication, Secrets secrets, Redactor redactor) {
		AuthenticationType type = authentication == null ? AuthenticationType.NONE : authentication.getType();
		switch (type) {
		case BASICAUTH: {
			String user = required(authentication.getUsername(), "a user name");
			String password = secret(authentication.getSecret(), secrets, "password");
			redactor.hide(password);
			String value = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
			redactor.hide(value);
			return header("Authorization", "Basic " + value);
		}
		case APIKEY: {
			String header = authentication.getApiKeyHeader() == null || authentication.getApiKeyHeader().isBlank()
					? "APIKey"
					: authentication.getApiKeyHeader().strip();
			String key = secret(authentication.getSecret(), secrets, "API key");
			redactor.hide(key);
			return header(header, key);
		}
		case ACCESSTOKEN: {
			String token = secret(authentication.getSecret(), secrets, "access token");
			redactor.hide(token);
			return header("Authorization", "Bearer " + token);
		}
		case OAUTH2: {
			String clientId = required(authentication.getClientId(), "a client id");
			String tokenUrl = required(authentication.getTokenUrl(), "a token URL");
			String secret = secret(authentication.getSecret(), secrets, "client secret");
			redactor.hide(secret);
			return new ClientCredentialsToken(tokenUrl, clientId, secret, authentication.getScope(), redactor);
		}
		case NONE:
		default:
			return NONE;
		}
	}

	private static Authenticator header(String name, String value) {
		return (request, client) -> request.setHeader(name, value);
	}

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new ConnectorException(Failure.CONFIGURATION, "The authentication has no " + what.substring(2)
					+ "; enter " + what + " in the data source editor.");
		}
		return value.strip();
	}

	private static String secret(SecretReference reference, Secrets secrets, String what) {
		char[] value = reference == null ? null : secrets.secret(reference).orElse(null);
		if (value == null || value.length == 0) {
			throw new ConnectorException(Failure.CONFIGURATION,
					"No " + what + " is stored for this data source; enter it in the data source editor.");
		}
		try {
			return new String(value);
		} finally {
			Arrays.fill(value, '\0');
		}
	}
}
