package io.cartograph.rules.inventory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads the JSON of a raw artifact into maps, lists and strings (numbers and booleans as their
 * text). Payloads are single OData entries, small enough to hold whole.
 */
final class JsonValues {

	private static final JsonFactory JSON = new JsonFactory();

	private JsonValues() {
	}

	/** The payload's value, or {@code null} when it is missing or not JSON. */
	static Object parse(String json) {
		if (json == null || json.isBlank()) {
			return null;
		}
		try (JsonParser parser = JSON.createParser(json)) {
			return parser.nextToken() == null ? null : value(parser);
		} catch (IOException e) {
			// A payload that is not JSON gives no fields: the artifact still becomes an interface.
			return null;
		}
	}

	static Map<?, ?> object(String json) {
		return parse(json) instanceof Map<?, ?> map ? map : Map.of();
	}

	/** The text of a field of an object, {@code null} when absent or not a scalar. */
	static String text(Object object, String field) {
		return object instanceof Map<?, ?> map && map.get(field) instanceof String text ? text : null;
	}

	/** The objects of a JSON array, or of an OData {@code {"results": [...]}} wrapper. */
	static List<Map<?, ?>> objects(Object value) {
		Object list = value instanceof Map<?, ?> map ? map.get("results") : value;
		List<Map<?, ?>> objects = new ArrayList<>();
		if (list instanceof List<?> items) {
			for (Object item : items) {
				if (item instanceof Map<?, ?> map) {
					objects.add(map);
				}
			}
		}
		return objects;
	}

	private static Object value(JsonParser parser) throws IOException {
		JsonToken token = parser.currentToken();
		if (token == JsonToken.START_OBJECT) {
			Map<String, Object> map = new LinkedHashMap<>();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				parser.nextToken();
				map.put(name, value(parser));
			}
			return map;
		}
		if (token == JsonToken.START_ARRAY) {
			List<Object> list = new ArrayList<>();
			while (parser.nextToken() != JsonToken.END_ARRAY) {
				list.add(value(parser));
			}
			return list;
		}
		return token == JsonToken.VALUE_NULL ? null : parser.getText();
	}
}
