package io.cartograph.ui.policy.dryrun;

import java.util.LinkedHashMap;
import java.util.Map;

/** Headers ("Name: value") and query parameters ("name=value") as the user writes them, one a line. */
final class RequestLines {

	private RequestLines() {
	}

	static Map<String, String> parse(String text, char separator) {
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : text.split("\\R")) {
			int at = line.indexOf(separator);
			if (at > 0) {
				values.put(line.substring(0, at).strip(), line.substring(at + 1).strip());
			} else if (!line.isBlank()) {
				values.put(line.strip(), "");
			}
		}
		return values;
	}
}
