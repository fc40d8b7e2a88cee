package io.cartograph.core.exchange;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A table's rows with their cells found by column name, ignoring case and surrounding spaces.
 * Rows whose cell count differs from the header's are reported, not guessed at.
 */
final class Rows {

	/** One data row. Cells come stripped of surrounding spaces; a missing column reads as empty. */
	record Row(int line, Map<String, Integer> index, List<String> cells) {

		String get(String column) {
			Integer position = index.get(key(column));
			return position == null ? "" : cells.get(position).strip();
		}

		boolean has(String column) {
			return index.containsKey(key(column));
		}
	}

	private final List<String> header;
	private final Map<String, Integer> index;
	private final List<Row> rows;

	private Rows(List<String> header, Map<String, Integer> index, List<Row> rows) {
		this.header = header;
		this.index = index;
		this.rows = rows;
	}

	/** Reads the header and the rows; header and shape problems go to the plan as errors. */
	static Rows of(Table table, Sheet sheet, ImportPlan plan) {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < table.header().size(); i++) {
			String name = table.header().get(i).strip();
			if (name.isEmpty()) {
				plan.error(1, "column " + (i + 1) + " of the header has no name. Name it or delete the column.");
			} else if (index.putIfAbsent(key(name), i) != null) {
				plan.error(1, "the column '" + name + "' appears twice in the header. Keep one of them.");
			}
		}
		if (!index.containsKey(key(sheet.keyColumn()))) {
			plan.error(1, "the header has no column '" + sheet.keyColumn() + "'. The columns of " + sheet.plural()
					+ " are: " + String.join(", ", sheet.columns()) + ".");
		}
		List<Row> rows = new ArrayList<>();
		int width = table.header().size();
		for (Table.Row record : table.rows()) {
			if (record.cells().size() != width) {
				plan.error(record.line(), "the row has " + record.cells().size() + " cells but the header has " + width
						+ ". Put cells that contain the separator '" + table.separator() + "' in double quotes.");
			} else {
				rows.add(new Row(record.line(), index, record.cells()));
			}
		}
		return new Rows(table.header(), index, rows);
	}

	List<Row> rows() {
		return rows;
	}

	int count() {
		return rows.size();
	}

	boolean has(String column) {
		return index.containsKey(key(column));
	}

	/** The header's columns that are none of the given ones, as the file spells them. */
	List<String> columnsOutside(Collection<String> known) {
		Set<String> keys = known.stream().map(Rows::key).collect(Collectors.toSet());
		return header.stream().map(String::strip).filter(name -> !name.isEmpty() && !keys.contains(key(name))).toList();
	}

	static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	/** {@code A|B | C} becomes [A, B, C]; empty parts are dropped. */
	static List<String> values(String cell) {
		List<String> values = new ArrayList<>();
		for (String part : cell.split("\\|")) {
			if (!part.isBlank()) {
				values.add(part.strip());
			}
		}
		return values;
	}

	/** Enabled cells: empty means yes; true/false, yes/no, 1/0, x in any case. Null when unreadable. */
	static Boolean flag(String cell) {
		return switch (cell.strip().toLowerCase(Locale.ROOT)) {
		case "", "true", "yes", "y", "1", "x" -> Boolean.TRUE;
		case "false", "no", "n", "0" -> Boolean.FALSE;
		default -> null;
		};
	}
}
