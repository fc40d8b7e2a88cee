package io.cartograph.core.cli;

/** The command line was not understood; the user gets the usage and exit code 2. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
