package io.cartograph.connect;

/**
 * A run or a connection test failed for a reason people can act on. The message names the
 * endpoint and what it answered (status and a short excerpt of the body) and never contains a
 * secret or an Authorization header; {@link #failure()} classifies it for Test Connection.
 */
public class ConnectorException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** What went wrong, from the network up. */
	public enum Failure {
		/** The data source lacks a setting (host, client id, secret...). */
		CONFIGURATION,
		/** The host name does not resolve. */
		DNS,
		/** Nothing answers on the host and port, or the proxy refused. */
		CONNECT,
		/** Connecting or waiting for the answer took too long. */
		TIMEOUT,
		/** The TLS handshake failed, e.g. a certificate that is not trusted. */
		TLS,
		/** The token endpoint refused the client credentials. */
		TOKEN,
		/** 401: the API did not accept the credentials. */
		UNAUTHORIZED,
		/** 403: authenticated but not allowed (roles missing). */
		FORBIDDEN,
		/** 404: wrong host or path. */
		NOT_FOUND,
		/** Any other unsuccessful status, including 429 and 5xx after the retries. */
		HTTP_STATUS,
		/** The answer is not the JSON the API documents. */
		MALFORMED_RESPONSE,
		/** Any other input/output failure. */
		IO
	}

	private final Failure failure;
	private final String endpoint;
	private final int status;

	public ConnectorException(Failure failure, String endpoint, int status, String message, Throwable cause) {
		super(message, cause);
		this.failure = failure;
		this.endpoint = endpoint;
		this.status = status;
	}

	public ConnectorException(Failure failure, String message) {
		this(failure, null, 0, message, null);
	}

	public Failure failure() {
		return failure;
	}

	/** The URL (without query) that failed, or null when no request was made. */
	public String endpoint() {
		return endpoint;
	}

	/** The HTTP status answered, or 0 when there was no answer. */
	public int status() {
		return status;
	}
}
