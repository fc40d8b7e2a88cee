package io.cartograph.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} wrong passwords in a row for one
 * user name, each further attempt must wait twice as long as the one before (1 s, 2 s, 4 s, ...
 * up to 5 minutes). A right password clears the count. Per server instance and in memory only:
 * it brakes guessing, it does not lock anyone out for good.
 */
final class LoginThrottle {

	static final int FREE_FAILURES = 5;
	private static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
	/** Bounds the memory an attacker can fill with made-up user names. */
	private static final int MOST_NAMES = 100_000;

	private record Failures(int count, Instant retryAt) {
	}

	private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/** How long the user must still wait before trying again; zero when they may try now. */
	Duration wait(String user) {
		Failures current = failures.get(user);
		if (current == null) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(clock.instant(), current.retryAt());
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String user) {
		if (failures.size() >= MOST_NAMES) {
			failures.clear();
		}
		failures.compute(user, (name, before) -> {
			int count = before == null ? 1 : before.count() + 1;
			Instant retryAt = clock.instant();
			if (count >= FREE_FAILURES) {
				long seconds = 1L << Math.min(20, count - FREE_FAILURES);
				retryAt = retryAt.plus(seconds > LONGEST_WAIT.toSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds));
			}
			return new Failures(count, retryAt);
		});
	}

	void succeeded(String user) {
		failures.remove(user);
	}
}
