package io.cartograph.ui.catalog;

/** Events that other views post to steer the interface catalog (e.g. a dashboard tile). */
public final class CatalogTopics {

	/**
	 * Show only the given interfaces. Data: a {@code Map<String, Object>} with {@link #TITLE}
	 * (what the list is) and {@link #INTERFACES} ({@code List<Interface>}); the dashboard posts it
	 * when a tile is clicked.
	 */
	public static final String SHOW_INTERFACES = "cartograph/catalog/show";
	public static final String TITLE = "title";
	public static final String INTERFACES = "interfaces";

	/**
	 * Data: a {@link CatalogFilter}. Opens the catalog (creating it if needed), replaces its
	 * filters and search with the given ones and brings it to the front.
	 */
	public static final String SHOW_FILTERED = "cartograph/catalog/showFiltered";

	private CatalogTopics() {
	}
}
