package io.cartograph.connect;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The cancel switch of one task run. The job layer calls {@link #cancel()} (from
 * {@code Job.canceling()} or a Cancel button); the HTTP layer registers the request in flight
 * with {@link #abortOnCancel} so that cancelling aborts it at once instead of waiting for a
 * slow answer to finish.
 */
public final class Cancellation {

	/** What can be aborted; an HTTP request in our case. */
	@FunctionalInterface
	public interface Abortable {
		void abort();
	}

	/** Ends the registration of an {@link Abortable}; no checked exception on close. */
	public interface Registration extends AutoCloseable {
		@Override
		void close();
	}

	private static final Abortable NOTHING = () -> {
	};

	private volatile boolean cancelled;
	private final AtomicReference<Abortable> current = new AtomicReference<>(NOTHING);

	/** Asks the run to stop and aborts whatever is in flight. Safe from any thread, more than once. */
	public void cancel() {
		cancelled = true;
		current.get().abort();
	}

	public boolean isCancelled() {
		return cancelled;
	}

	/** Throws {@link CancelledException} when {@link #cancel()} was called. */
	public void check() {
		if (cancelled) {
			throw new CancelledException();
		}
	}

	/**
	 * Makes {@code abortable} the thing {@link #cancel()} aborts until the registration is closed.
	 * When the run is already cancelled it is aborted right away.
	 */
	public Registration abortOnCancel(Abortable abortable) {
		current.set(abortable);
		if (cancelled) {
			abortable.abort();
		}
		return () -> current.compareAndSet(abortable, NOTHING);
	}
}
