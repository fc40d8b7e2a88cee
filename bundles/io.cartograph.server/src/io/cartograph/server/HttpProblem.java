package io.cartograph.server;

import java.util.Map;

/** Ends a request with an error status and {"error", "code", extra fields...}. */
final class HttpProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	final int status;
	final String code;
	final transient Map<String, Object> extra;

	HttpProblem(int status, String code, String message) {
		this(status, code, message, Map.of());
	}

	HttpProblem(int status, String code, String message, Map<String, Object> extra) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.extra = extra;
	}

	static HttpProblem badRequest(String message) {
		return new HttpProblem(400, "bad-request", message);
	}

	static HttpProblem forbidden(String message) {
		return new HttpProblem(403, "forbidden", message);
	}

	static HttpProblem notFound(String message) {
		return new HttpProblem(404, "not-found", message);
	}
}
