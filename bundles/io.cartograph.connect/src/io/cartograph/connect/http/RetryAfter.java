package io.cartograph.connect.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The Retry-After header: delta seconds or an HTTP date (RFC 9110 10.2.3). */
final class RetryAfter {

	private RetryAfter() {
	}

	static Optional<Duration> parse(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String text = value.strip();
		try {
			long seconds = Long.parseLong(text);
			return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
		} catch (NumberFormatException notSeconds) {
			try {
				Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
				Duration wait = Duration.between(now, at);
				return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
			} catch (DateTimeParseException notADate) {
				return Optional.empty();
			}
		}
	}
}
