package io.cartograph.core.validation;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.cartograph.model.landscape.PropertyFormat;

/**
 * What the property formats accept. Used by validation and by the spreadsheet import, so that
 * a value the import takes is never one validation rejects.
 * <ul>
 * <li>ID: one word, no spaces (e.g. {@code IF-0042}, {@code com.acme.orders});</li>
 * <li>URL: an absolute http or https address with a host;</li>
 * <li>DATE: ISO 8601, a date ({@code 2026-03-31}) or date and time ({@code 2026-03-31T12:00:00Z});</li>
 * <li>NUMBER: a decimal number with a dot ({@code 42}, {@code -0.5}, {@code 1.5E3});</li>
 * <li>STRING: anything.</li>
 * </ul>
 * An empty value means "not set" and is accepted by every format.
 */
public final class PropertyFormats {

	private PropertyFormats() {
	}

	/** Why the value does not fit the format, or empty when it does. */
	public static Optional<String> problem(PropertyFormat format, String value) {
		if (format == null || value == null || value.isEmpty()) {
			return Optional.empty();
		}
		boolean fits = switch (format) {
		case STRING -> true;
		case ID -> value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
		case URL -> isWebAddress(value);
		case DATE -> isIsoDate(value);
		case NUMBER -> isNumber(value);
		};
		return fits ? Optional.empty() : Optional.of("'" + value + "' is not " + expected(format));
	}

	/** What a format expects, for messages: {@code an ISO 8601 date such as 2026-03-31}. */
	public static String expected(PropertyFormat format) {
		return switch (format) {
		case STRING -> "text";
		case ID -> "an ID (one word without spaces)";
		case URL -> "a URL (http:// or https:// with a host)";
		case DATE -> "an ISO 8601 date such as 2026-03-31";
		case NUMBER -> "a number such as 42 or 0.5";
		};
	}

	private static boolean isWebAddress(String value) {
		try {
			URI uri = new URI(value);
			return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null && !uri.getHost().isEmpty();
		} catch (URISyntaxException e) {
			return false;
		}
	}

	private static boolean isIsoDate(String value) {
		return parses(() -> LocalDate.parse(value)) || parses(() -> LocalDateTime.parse(value))
				|| parses(() -> OffsetDateTime.parse(value));
	}

	private static boolean parses(Runnable parse) {
		try {
			parse.run();
			return true;
		} catch (DateTimeParseException e) {
			return false;
		}
	}

	private static boolean isNumber(String value) {
		try {
			new BigDecimal(value);
			return true;
		} catch (NumberFormatException e) {
			return false;
		}
	}
}
