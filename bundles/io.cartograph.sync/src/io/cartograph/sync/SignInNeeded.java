package io.cartograph.sync;

/**
 * The team server no longer accepts this client's token (it expired, or the server's key
 * changed): nothing is lost, the change sets stay pending; sign in again and sync.
 */
public final class SignInNeeded extends SyncException {

	private static final long serialVersionUID = 1L;

	SignInNeeded(String message) {
		super(message);
	}

	/** A refusal in the user's words; a SignInNeeded when the server answered 401. */
	static SyncException refusal(String what, ServerConnection.Reply reply) {
		if (reply.status() == 401) {
			return new SignInNeeded("The team server asks you to sign in again (" + reply.error() + "); " + what
					+ " waits until you have.");
		}
		return new SyncException("The team server refused " + what + ": " + reply.error());
	}
}
