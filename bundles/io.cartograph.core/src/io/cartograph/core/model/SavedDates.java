package io.cartograph.core.model;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

/**
 * Reads dates in the one form EMF writes them ({@code 2026-03-01T18:54:00.000+0000}) with
 * java.time instead of EMF's shared, synchronized date format: a catalog with a last-traffic date
 * on every interface spends a tenth of its load time there otherwise. Any other form returns null
 * and is left to EMF, which knows the shorter ones.
 */
final class SavedDates {

	private static final DateTimeFormatter EMF_FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx");

	private SavedDates() {
	}

	static Date parse(String text) {
		if (text.length() != 28 || text.charAt(10) != 'T') {
			return null;
		}
		try {
			return Date.from(OffsetDateTime.parse(text, EMF_FORM).toInstant());
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
