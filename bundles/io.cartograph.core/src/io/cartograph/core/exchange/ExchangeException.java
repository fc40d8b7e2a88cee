package io.cartograph.core.exchange;

import io.cartograph.core.workspace.WorkspaceException;

/** A spreadsheet file that cannot be read at all, or cannot be written; says why in the user's terms. */
public final class ExchangeException extends WorkspaceException {

	private static final long serialVersionUID = 1L;

	public ExchangeException(String message) {
		super(message);
	}

	public ExchangeException(String message, Throwable cause) {
		super(message, cause);
	}
}
