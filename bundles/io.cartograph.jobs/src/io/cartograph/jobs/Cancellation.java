package io.cartograph.jobs;

import java.util.ArrayList;
import java.util.List;

/**
 * How Cancel reaches a task's work beyond its progress monitor: the work registers what aborts
 * its current blocking call (typically an HTTP request in flight), and cancelling the job runs
 * it at once instead of waiting for a read timeout.
 *
 * <pre>
 * try (Cancellation.Registration r = cancellation.onAbort(request::cancel)) {
 *     response = client.execute(request);
 * }
 * </pre>
 */
public final class Cancellation {

	/** Unregisters an abort action once the call it guards has returned. */
	public interface Registration extends AutoCloseable {
		@Override
		void close();
	}

	private final List<Runnable> actions = new ArrayList<>();
	private boolean aborted;

	/**
	 * Registers an action that aborts the work's current call. If the work was already aborted,
	 * the action runs right away.
	 */
	public Registration onAbort(Runnable action) {
		synchronized (this) {
			if (!aborted) {
				actions.add(action);
				return () -> {
					synchronized (this) {
						actions.remove(action);
					}
				};
			}
		}
		action.run();
		return () -> {
		};
	}

	/** Runs every registered abort action once; later registrations run at once. */
	public void abort() {
		List<Runnable> toRun;
		synchronized (this) {
			if (aborted) {
				return;
			}
			aborted = true;
			toRun = List.copyOf(actions);
			actions.clear();
		}
		for (Runnable action : toRun) {
			try {
				action.run();
			} catch (RuntimeException e) {
				// One failing abort must not keep the others from running; the work ends anyway.
			}
		}
	}

	public synchronized boolean isAborted() {
		return aborted;
	}
}
