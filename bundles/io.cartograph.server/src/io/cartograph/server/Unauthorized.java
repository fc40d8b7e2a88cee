package io.cartograph.server;

/** A request's credentials were missing or not accepted (HTTP 401). The message holds no token. */
final class Unauthorized extends Exception {

	private static final long serialVersionUID = 1L;

	Unauthorized(String message) {
		super(message);
	}
}
