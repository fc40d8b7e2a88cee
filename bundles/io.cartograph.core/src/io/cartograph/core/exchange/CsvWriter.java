package io.cartograph.core.exchange;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV that spreadsheets open as UTF-8 and {@link CsvReader} reads back: a byte order mark
 * (without it, Excel takes the text for a legacy code page), commas, CRLF line ends, and quotes
 * around cells that hold a separator, a quote, a line break or surrounding spaces.
 */
final class CsvWriter {

	private CsvWriter() {
	}

	static byte[] write(List<String> header, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		line(csv, header);
		for (List<String> row : rows) {
			line(csv, row);
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			cell(csv, cells.get(i) == null ? "" : cells.get(i));
		}
		csv.append("\r\n");
	}

	private static void cell(StringBuilder csv, String value) {
		boolean quote = value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('"') >= 0
				|| value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0 || (!value.isEmpty()
						&& (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))));
		if (!quote) {
			csv.append(value);
			return;
		}
		csv.append('"').append(value.replace("\"", "\"\"")).append('"');
	}
}
