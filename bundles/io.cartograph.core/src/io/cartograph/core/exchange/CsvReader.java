package io.cartograph.core.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it and as spreadsheets write it: UTF-8 with or without a byte
 * order mark, comma or semicolon separated (whichever the header uses more), cells in double
 * quotes holding separators, doubled quotes and line breaks, CRLF or LF line ends. Empty lines
 * are skipped.
 */
final class CsvReader {

	private final String text;
	private final char separator;
	private int position;
	private int line = 1;

	private CsvReader(String text, char separator) {
		this.text = text;
		this.separator = separator;
	}

	/**
	 * @throws ExchangeException when the bytes are not UTF-8, the file is empty, or a quoted cell
	 *                           is not closed
	 */
	static Table read(byte[] bytes) {
		String text = decode(bytes);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		CsvReader reader = new CsvReader(text, separatorOf(text));
		List<Table.Row> records = new ArrayList<>();
		while (reader.position < text.length()) {
			int start = reader.line;
			List<String> cells = reader.record();
			if (!(cells.size() == 1 && cells.get(0).isEmpty())) {
				records.add(new Table.Row(start, cells));
			}
		}
		if (records.isEmpty()) {
			throw new ExchangeException("The file is empty: it needs a header row with the column names.");
		}
		if (records.get(0).line() != 1) {
			throw new ExchangeException("Line 1 is empty: the first line must be the header row with the column names.");
		}
		return new Table(records.get(0).cells(), List.copyOf(records.subList(1, records.size())), reader.separator);
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new ExchangeException("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.");
		}
	}

	/** The separator the first line uses more often, outside quotes; a comma when neither appears. */
	static char separatorOf(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && (c == '\n' || c == '\r')) {
				break;
			} else if (!quoted && c == ',') {
				commas++;
			} else if (!quoted && c == ';') {
				semicolons++;
			}
		}
		return semicolons > commas ? ';' : ',';
	}

	/** One record, up to and including its line end. */
	private List<String> record() {
		List<String> cells = new ArrayList<>();
		while (true) {
			cells.add(cell());
			if (position >= text.length()) {
				return cells;
			}
			char c = text.charAt(position);
			if (c == separator) {
				position++;
			} else {
				endOfLine();
				return cells;
			}
		}
	}

	private String cell() {
		if (position < text.length() && text.charAt(position) == '"') {
			return quotedCell();
		}
		int start = position;
		while (position < text.length() && !isCellEnd(text.charAt(position))) {
			position++;
		}
		return text.substring(start, position);
	}

	private String quotedCell() {
		int startLine = line;
		StringBuilder cell = new StringBuilder();
		position++;
		while (true) {
			if (position >= text.length()) {
				throw new ExchangeException("Line " + startLine + ": a quoted cell is not closed (a \" is missing).");
			}
			char c = text.charAt(position++);
			if (c == '"') {
				if (position < text.length() && text.charAt(position) == '"') {
					cell.append('"');
					position++;
					continue;
				}
				if (position < text.length() && !isCellEnd(text.charAt(position))) {
					throw new ExchangeException("Line " + line + ": text follows a closing quote. Put the whole cell in "
							+ "quotes and double the quotes inside it (\"\").");
				}
				return cell.toString();
			}
			if (c == '\n' || (c == '\r' && (position >= text.length() || text.charAt(position) != '\n'))) {
				line++;
			}
			cell.append(c);
		}
	}

	private boolean isCellEnd(char c) {
		return c == separator || c == '\n' || c == '\r';
	}

	private void endOfLine() {
		if (text.charAt(position) == '\r') {
			position++;
		}
		if (position < text.length() && text.charAt(position) == '\n') {
			position++;
		}
		line++;
	}
}
