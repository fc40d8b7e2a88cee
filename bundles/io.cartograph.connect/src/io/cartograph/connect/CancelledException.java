package io.cartograph.connect;

/** Thrown inside a connector when its run was cancelled; turned into {@link TaskOutcome.Result#CANCELLED}. */
public final class CancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CancelledException() {
		super("Cancelled", null, false, false);
	}
}
