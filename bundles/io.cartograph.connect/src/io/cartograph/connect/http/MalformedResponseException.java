package io.cartograph.connect.http;

import java.io.IOException;

/** The answer is not shaped as the API documents; the message says what was expected. */
public final class MalformedResponseException extends IOException {

	private static final long serialVersionUID = 1L;

	public MalformedResponseException(String message) {
		super(message);
	}
}
