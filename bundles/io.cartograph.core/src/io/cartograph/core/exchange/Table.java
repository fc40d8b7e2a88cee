package io.cartograph.core.exchange;

import java.util.List;

/**
 * A spreadsheet as read from a file: the header's cells and the records below it, each with the
 * line it starts on (a quoted cell may span lines), so that problems can name the line a user
 * sees in an editor.
 */
record Table(List<String> header, List<Row> rows, char separator) {

	record Row(int line, List<String> cells) {
	}
}
