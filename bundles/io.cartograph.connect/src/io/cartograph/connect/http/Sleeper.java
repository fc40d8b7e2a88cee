package io.cartograph.connect.http;

import java.time.Duration;

import io.cartograph.connect.Cancellation;

/**
 * Waits between retries. Injectable so that tests see the waits asked for without waiting; the
 * real one wakes up early when the run is cancelled.
 */
@FunctionalInterface
public interface Sleeper {

	void sleep(Duration duration, Cancellation cancellation) throws InterruptedException;

	/** Sleeps in short slices so that a cancel takes effect within a fraction of a second. */
	Sleeper REAL = (duration, cancellation) -> {
		long end = System.nanoTime() + duration.toNanos();
		long left;
		while (!cancellation.isCancelled() && (left = end - System.nanoTime()) > 0) {
			Thread.sleep(Math.min(Duration.ofNanos(left).toMillis() + 1, 200));
		}
	};
}
