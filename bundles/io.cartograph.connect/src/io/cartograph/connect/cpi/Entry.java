package io.cartograph.connect.cpi;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * One OData entry read from the stream: its JSON text exactly as received (for the raw artifact
 * store) and its top-level scalar fields (for ids and versions).
 */
record Entry(String json, Map<String, String> fields) {

	private static final JsonFactory JSON = new JsonFactory();

	String field(String name) {
		return fields.get(name);
	}

	/** Copies the object the parser stands on (START_OBJECT) and leaves it on its END_OBJECT. */
	static Entry read(JsonParser parser) throws IOException {
		StringWriter text = new StringWriter(512);
		Map<String, String> fields = new HashMap<>();
		try (JsonGenerator out = JSON.createGenerator(text)) {
			out.writeStartObject();
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				out.writeFieldName(name);
				if (value.isScalarValue()) {
					if (value != JsonToken.VALUE_NULL) {
						fields.put(name, parser.getText());
					}
					out.copyCurrentEvent(parser);
				} else {
					out.copyCurrentStructure(parser);
				}
			}
			out.writeEndObject();
		}
		return new Entry(text.toString(), fields);
	}
}
