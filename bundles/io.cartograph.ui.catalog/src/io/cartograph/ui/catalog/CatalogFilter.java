package io.cartograph.ui.catalog;

import java.util.Map;

/**
 * What the catalog should show when another view opens it: texts that the columns must contain
 * (keyed by the column's header label, e.g. "Status", or its constant name, e.g. "STATUS") and a
 * text that any column must contain. Empty texts do not filter.
 */
public record CatalogFilter(Map<String, String> columns, String text) {

	public CatalogFilter {
		columns = Map.copyOf(columns);
		text = text == null ? "" : text;
	}

	/** Only column filters. */
	public static CatalogFilter columns(Map<String, String> columns) {
		return new CatalogFilter(columns, "");
	}

	/** Only a full-text search. */
	public static CatalogFilter text(String text) {
		return new CatalogFilter(Map.of(), text);
	}
}
