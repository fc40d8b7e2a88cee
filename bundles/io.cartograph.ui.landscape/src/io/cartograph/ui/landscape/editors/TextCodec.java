package io.cartograph.ui.landscape.editors;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/**
 * How a value of the model reads as text in a field and back: strings, whole and decimal
 * numbers, dates, and lists of strings separated by "|". Text that does not parse is refused
 * with a message, never stored half-way.
 */
interface TextCodec {

	String DATE_PATTERN = "yyyy-MM-dd HH:mm";

	String toText(Object value);

	/** The value for the text; throws IllegalArgumentException with a message users understand. */
	Object fromText(String text);

	static TextCodec of(EAttribute feature) {
		Class<?> type = feature.getEAttributeType().getInstanceClass();
		if (feature.isMany()) {
			return PIPE_LIST;
		}
		if (type == int.class || type == Integer.class) {
			return WHOLE_NUMBER;
		}
		if (type == double.class || type == Double.class) {
			return DECIMAL;
		}
		if (type == Date.class) {
			return DATE;
		}
		return STRING;
	}

	TextCodec STRING = new TextCodec() {
		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object fromText(String text) {
			return text.isEmpty() ? null : text;
		}
	};

	TextCodec WHOLE_NUMBER = new TextCodec() {
		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object fromText(String text) {
			if (text.isBlank()) {
				return 0;
			}
			try {
				return Integer.valueOf(text.strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + text + "' is not a whole number.");
			}
		}
	};

	TextCodec DECIMAL = new TextCodec() {
		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object fromText(String text) {
			if (text.isBlank()) {
				return 0.0;
			}
			try {
				return Double.valueOf(text.strip().replace(',', '.'));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("'" + text + "' is not a number.");
			}
		}
	};

	TextCodec DATE = new TextCodec() {
		private final DateTimeFormatter format = DateTimeFormatter.ofPattern(DATE_PATTERN);

		@Override
		public String toText(Object value) {
			return value instanceof Date date ? format.format(date.toInstant().atZone(ZoneId.systemDefault())) : "";
		}

		@Override
		public Object fromText(String text) {
			if (text.isBlank()) {
				return null;
			}
			try {
				return Date.from(LocalDateTime.parse(text.strip(), format).atZone(ZoneId.systemDefault()).toInstant());
			} catch (DateTimeParseException e) {
				throw new IllegalArgumentException("'" + text + "' is not a date like 2025-07-31 14:30.");
			}
		}
	};

	TextCodec PIPE_LIST = new TextCodec() {
		@Override
		public String toText(Object value) {
			return value instanceof Collection<?> list ? String.join(" | ", list.stream().map(String::valueOf).toList()) : "";
		}

		@Override
		public Object fromText(String text) {
			List<String> items = Arrays.stream(text.split("\\|")).map(String::strip).filter(item -> !item.isEmpty()).toList();
			return items;
		}
	};
}
