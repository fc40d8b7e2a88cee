package io.cartograph.connect.http;

import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How connectors talk HTTP: timeouts, retries on 429 and 5xx, the clock for token expiry, the
 * sleeper for the waits and the trust store for TLS (null: the JDK's default CAs). Immutable;
 * the {@code with...} methods return changed copies.
 *
 * @param maxAttempts  tries of one request when the answer is 429 or 5xx (1 = no retry)
 * @param maxRetryWait cap of one wait, whatever Retry-After asks for
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration firstRetryWait,
		Duration maxRetryWait, Sleeper sleeper, Clock clock, KeyStore trustStore) {

	public HttpSettings {
		Objects.requireNonNull(connectTimeout);
		Objects.requireNonNull(readTimeout);
		Objects.requireNonNull(firstRetryWait);
		Objects.requireNonNull(maxRetryWait);
		Objects.requireNonNull(sleeper);
		Objects.requireNonNull(clock);
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
	}

	/** 10 s to connect, 60 s to read, 4 attempts with waits from 2 s up to at most 60 s. */
	public static HttpSettings defaults() {
		return new HttpSettings(Duration.ofSeconds(10), Duration.ofSeconds(60), 4, Duration.ofSeconds(2),
				Duration.ofSeconds(60), Sleeper.REAL, Clock.systemUTC(), null);
	}

	public HttpSettings withTimeouts(Duration connect, Duration read) {
		return new HttpSettings(connect, read, maxAttempts, firstRetryWait, maxRetryWait, sleeper, clock, trustStore);
	}

	public HttpSettings withRetries(int attempts, Duration firstWait, Duration maxWait) {
		return new HttpSettings(connectTimeout, readTimeout, attempts, firstWait, maxWait, sleeper, clock, trustStore);
	}

	public HttpSettings withSleeper(Sleeper value) {
		return new HttpSettings(connectTimeout, readTimeout, maxAttempts, firstRetryWait, maxRetryWait, value, clock,
				trustStore);
	}

	public HttpSettings withClock(Clock value) {
		return new HttpSettings(connectTimeout, readTimeout, maxAttempts, firstRetryWait, maxRetryWait, sleeper, value,
				trustStore);
	}

	/** Trusts exactly the certificates of {@code value} (see {@link TrustStores}). */
	public HttpSettings withTrustStore(KeyStore value) {
		return new HttpSettings(connectTimeout, readTimeout, maxAttempts, firstRetryWait, maxRetryWait, sleeper, clock,
				value);
	}
}
