package io.cartograph.connect.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the sandbox tenant generates. The same options (seed, counts, end) give the same tenant,
 * byte for byte, so benchmarks and tests are reproducible.
 *
 * @param seed          drives every generated name, number and message
 * @param packages      integration packages (each with 2 to 7 integration flows)
 * @param messages      message processing logs, spread over {@code period} before {@code end}
 * @param end           the newest message's time
 * @param pageSize      entries per page, at most 1000 as on a real tenant
 * @param tokenLifetime life of an OAuth token (short, so that renewals happen)
 * @param clientId      the sandbox's client id (also the BASICAUTH user)
 * @param clientSecret  the sandbox's client secret (also the BASICAUTH password)
 */
public record SandboxOptions(long seed, int packages, long messages, Duration period, Instant end, int pageSize,
		Duration tokenLifetime, String clientId, String clientSecret) {

	public static final String CLIENT_ID = "sandbox-client";
	/** Not a secret: the sandbox only ever serves generated data on this machine. */
	public static final String CLIENT_SECRET = "sandbox-secret";

	public SandboxOptions {
		if (packages < 1 || messages < 0 || messages > 1_000_000_000L || pageSize < 1 || pageSize > 1000 || period.isNegative()
				|| period.isZero()) {
			throw new IllegalArgumentException("Invalid sandbox options");
		}
	}

	/** 12 packages, 50,000 messages over the 30 days before the current hour, 5-minute tokens. */
	public static SandboxOptions defaults() {
		return new SandboxOptions(4711, 12, 50_000, Duration.ofDays(30),
				Instant.now().truncatedTo(ChronoUnit.HOURS), 1000, Duration.ofMinutes(5), CLIENT_ID, CLIENT_SECRET);
	}

	public SandboxOptions withSeed(long value) {
		return new SandboxOptions(value, packages, messages, period, end, pageSize, tokenLifetime, clientId,
				clientSecret);
	}

	public SandboxOptions withPackages(int value) {
		return new SandboxOptions(seed, value, messages, period, end, pageSize, tokenLifetime, clientId, clientSecret);
	}

	public SandboxOptions withMessages(long value) {
		return new SandboxOptions(seed, packages, value, period, end, pageSize, tokenLifetime, clientId, clientSecret);
	}

	public SandboxOptions withEnd(Instant value) {
		return new SandboxOptions(seed, packages, messages, period, value, pageSize, tokenLifetime, clientId,
				clientSecret);
	}

	public SandboxOptions withPageSize(int value) {
		return new SandboxOptions(seed, packages, messages, period, end, value, tokenLifetime, clientId, clientSecret);
	}

	public SandboxOptions withTokenLifetime(Duration value) {
		return new SandboxOptions(seed, packages, messages, period, end, pageSize, value, clientId, clientSecret);
	}

	Instant start() {
		return end.minus(period);
	}
}
