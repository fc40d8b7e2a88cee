package io.cartograph.ui.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.Interface;

/**
 * The catalog's texts, read from the model once per change: every cell's text and its
 * lower-cased form, and one lower-cased line per row for the full-text search. Filtering is then
 * a plain {@code contains} over arrays and sorting walks a cached order of all rows, so that both
 * stay quick at 100,000 interfaces.
 */
final class CatalogRows {

	/** Separates cells in the full-text line, so that a search never matches across two cells. */
	private static final char CELL_BREAK = '\u0001';
	private static final CatalogColumn[] COLUMNS = CatalogColumn.values();

	private final Interface[] rows;
	private final String[][] texts;
	private final String[][] lower;
	private final String[] line;
	private final int[][] orders = new int[COLUMNS.length][];
	private Map<Interface, Integer> indexes;

	CatalogRows(List<Interface> interfaces) {
		rows = interfaces.toArray(Interface[]::new);
		texts = new String[COLUMNS.length][rows.length];
		lower = new String[COLUMNS.length][rows.length];
		line = new String[rows.length];
		StringBuilder all = new StringBuilder();
		for (int row = 0; row < rows.length; row++) {
			read(row, all);
		}
	}

	private void read(int row, StringBuilder all) {
		all.setLength(0);
		for (CatalogColumn column : COLUMNS) {
			String text = column.text(rows[row]);
			String folded = text.toLowerCase(Locale.ROOT);
			texts[column.ordinal()][row] = text;
			lower[column.ordinal()][row] = folded;
			all.append(folded).append(CELL_BREAK);
		}
		line[row] = all.toString();
	}

	/**
	 * Reads these interfaces again, in place, when all of them are rows already (an edit of a few
	 * interfaces then costs a few rows, not the whole catalog). False, changing nothing, when one
	 * of them is not a row: the caller reads the whole catalog again.
	 */
	boolean reread(Collection<Interface> changed) {
		if (indexes == null) {
			indexes = new IdentityHashMap<>(rows.length * 2);
			for (int row = 0; row < rows.length; row++) {
				indexes.put(rows[row], row);
			}
		}
		if (!indexes.keySet().containsAll(changed)) {
			return false;
		}
		StringBuilder all = new StringBuilder();
		for (Interface edited : changed) {
			read(indexes.get(edited), all);
		}
		Arrays.fill(orders, null);
		return true;
	}

	int size() {
		return rows.length;
	}

	Interface row(int index) {
		return rows[index];
	}

	String text(CatalogColumn column, int row) {
		return texts[column.ordinal()][row];
	}

	/** One row's cells, in column order, for a table item. */
	String[] cells(int row) {
		String[] cells = new String[COLUMNS.length];
		for (CatalogColumn column : COLUMNS) {
			cells[column.ordinal()] = texts[column.ordinal()][row];
		}
		return cells;
	}

	/**
	 * The rows that contain every column filter's text in that column and the search text in
	 * any column (case ignored), in the order of {@code sortColumn} (null: the model's order).
	 */
	int[] visible(Map<CatalogColumn, String> filters, String search, CatalogColumn sortColumn, boolean ascending) {
		boolean[] passes = passing(filters, search);
		int[] order = sortColumn == null ? null : order(sortColumn);
		int[] visible = new int[rows.length];
		int count = 0;
		for (int i = 0; i < rows.length; i++) {
			int position = ascending ? i : rows.length - 1 - i;
			int row = order == null ? position : order[position];
			if (passes[row]) {
				visible[count++] = row;
			}
		}
		return Arrays.copyOf(visible, count);
	}

	private boolean[] passing(Map<CatalogColumn, String> filters, String search) {
		boolean[] passes = new boolean[rows.length];
		Arrays.fill(passes, true);
		for (Map.Entry<CatalogColumn, String> filter : filters.entrySet()) {
			String wanted = folded(filter.getValue());
			if (!wanted.isEmpty()) {
				String[] cells = lower[filter.getKey().ordinal()];
				for (int row = 0; row < rows.length; row++) {
					passes[row] = passes[row] && cells[row].contains(wanted);
				}
			}
		}
		String wanted = folded(search);
		if (!wanted.isEmpty()) {
			for (int row = 0; row < rows.length; row++) {
				passes[row] = passes[row] && line[row].contains(wanted);
			}
		}
		return passes;
	}

	/** All rows sorted by the column, ascending; computed on the first sort by it. */
	private int[] order(CatalogColumn column) {
		int[] order = orders[column.ordinal()];
		if (order == null) {
			Integer[] boxed = new Integer[rows.length];
			for (int row = 0; row < rows.length; row++) {
				boxed[row] = row;
			}
			Arrays.sort(boxed, comparator(column));
			order = Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
			orders[column.ordinal()] = order;
		}
		return order;
	}

	private Comparator<Integer> comparator(CatalogColumn column) {
		if (column == CatalogColumn.COMPLEXITY) {
			// LOW < MEDIUM < HIGH < VERY_HIGH is the order people read, not the alphabet's.
			return Comparator.comparingInt(row -> rank(rows[row].getComplexity()));
		}
		String[] cells = lower[column.ordinal()];
		return Comparator.comparing(row -> cells[row]);
	}

	private static int rank(ComplexityClass complexity) {
		return complexity == null ? -1 : complexity.getValue();
	}

	private static String folded(String text) {
		return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}
}
