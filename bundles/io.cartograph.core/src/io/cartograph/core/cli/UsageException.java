package io.cartograph.core.cli;

/** The command line was not understood; the user gets the usage and exit code 2. */
final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	UsageException(String message) {
		super(message);
	}
}
