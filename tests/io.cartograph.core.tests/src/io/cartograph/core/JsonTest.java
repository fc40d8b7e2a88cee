package io.cartograph.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

	@Test
	void stringsAreEscaped() {
		assertEquals("\"plain\"", Json.write("plain"));
		assertEquals("\"quote \\\" backslash \\\\ slash /\"", Json.write("quote \" backslash \\ slash /"));
		assertEquals("\"tab\\tnew\\nline\\rfeed\\f\\b\"", Json.write("tab\tnew\nline\rfeed\f\b"));
		assertEquals("\"\\u0000\\u001f\\u2028\"", Json.write("\u0000\u001f\u2028"));
		assertEquals("\"Grüße ✓\"", Json.write("Grüße ✓"));
	}

	@Test
	void valuesKeepTheirKind() {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("count", 3L);
		map.put("ok", true);
		map.put("none", null);
		map.put("ratio", 0.5);
		map.put("nan", Double.NaN);
		map.put("path", Path.of("a"));
		map.put("list", Arrays.asList(1, "two"));
		map.put("empty", List.of());
		map.put("nested", Map.of("k", "v"));
		assertEquals("""
                {
                  "count": 3,
                  "ok": true,
                  "none": null,
                  "ratio": 0.5,
                  "nan": "NaN",
                  "path": "a",
                  "list": [
                    1,
                    "two"
                  ],
                  "empty": [],
                  "nested": {
                    "k": "v"
                  }
                }""", Json.write(map));
	}
}
