package io.cartograph.core;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes maps, lists, strings, numbers and booleans as indented JSON. Enough for the CLI's
 * {@code --json} output without bringing in a JSON library.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder json = new StringBuilder();
		append(json, value, "");
		return json.toString();
	}

	private static void append(StringBuilder json, Object value, String indent) {
		if (value == null) {
			json.append("null");
		} else if (value instanceof Map<?, ?> map) {
			appendObject(json, map, indent);
		} else if (value instanceof Collection<?> list) {
			appendArray(json, list, indent);
		} else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof Short || value instanceof Byte) {
			json.append(value);
		} else if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
			json.append(number);
		} else {
			// Paths, instants and anything else: their text, which is what a reader expects.
			appendString(json, value.toString());
		}
	}

	private static void appendObject(StringBuilder json, Map<?, ?> map, String indent) {
		if (map.isEmpty()) {
			json.append("{}");
			return;
		}
		String inner = indent + "  ";
		json.append("{\n");
		Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<?, ?> entry = entries.next();
			json.append(inner);
			appendString(json, String.valueOf(entry.getKey()));
			json.append(": ");
			append(json, entry.getValue(), inner);
			json.append(entries.hasNext() ? ",\n" : "\n");
		}
		json.append(indent).append('}');
	}

	private static void appendArray(StringBuilder json, Collection<?> list, String indent) {
		if (list.isEmpty()) {
			json.append("[]");
			return;
		}
		String inner = indent + "  ";
		json.append("[\n");
		Iterator<?> items = list.iterator();
		while (items.hasNext()) {
			json.append(inner);
			append(json, items.next(), inner);
			json.append(items.hasNext() ? ",\n" : "\n");
		}
		json.append(indent).append(']');
	}

	static void appendString(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				case '\b' -> json.append("\\b");
				case '\f' -> json.append("\\f");
				default -> {
					// Control characters must be escaped; U+2028/2029 break JavaScript readers.
					if (c < 0x20 || c == '\u2028' || c == '\u2029') {
						json.append(String.format("\\u%04x", (int) c));
					} else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}
}
