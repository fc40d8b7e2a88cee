package io.cartograph.connect.cpi;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Dates in SAP's OData APIs: v2 JSON writes {@code /Date(1714557600000)/} (milliseconds since
 * the epoch, UTC, sometimes with an offset suffix that does not change the instant), v4 and some
 * v2 fields write ISO 8601. Filters take {@code datetime'2024-05-01T10:00:00'} in UTC.
 */
final class ODataDates {

	private static final DateTimeFormatter LITERAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
			.withZone(ZoneOffset.UTC);

	private ODataDates() {
	}

	/** The instant of a date value, or null when there is none or it cannot be read. */
	static Instant parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.startsWith("/Date(") && value.endsWith(")/")) {
			String inner = value.substring(6, value.length() - 2);
			int sign = Math.max(inner.indexOf('+', 1), inner.indexOf('-', 1));
			String millis = sign > 0 ? inner.substring(0, sign) : inner;
			try {
				return Instant.ofEpochMilli(Long.parseLong(millis));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		} catch (DateTimeParseException e) {
			try {
				return Instant.parse(value + "Z");
			} catch (DateTimeParseException e2) {
				return null;
			}
		}
	}

	/** The v2 JSON form of an instant. */
	static String format(Instant instant) {
		return "/Date(" + instant.toEpochMilli() + ")/";
	}

	/** An OData v2 datetime literal for filters, in UTC. */
	static String literal(Instant instant) {
		return "datetime'" + LITERAL.format(instant) + "'";
	}
}
