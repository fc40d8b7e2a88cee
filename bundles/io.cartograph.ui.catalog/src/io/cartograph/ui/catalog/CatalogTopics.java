package io.cartograph.ui.catalog;

/** Events that other views post to steer the interface catalog (e.g. a dashboard tile). */
public final class CatalogTopics {

	/**
	 * Data: a {@link CatalogFilter}. Opens the catalog (creating it if needed), replaces its
	 * filters and search with the given ones and brings it to the front.
	 */
	public static final String SHOW_FILTERED = "cartograph/catalog/showFiltered";

	private CatalogTopics() {
	}
}
