package io.cartograph.ui.dashboard;

/**
 * Event topics (IEventBroker) the dashboard posts for views it must not depend on. The interface
 * catalog follows {@link #CATALOG_SHOW} to show the interfaces behind a tile.
 */
public final class DashboardTopics {

	/**
	 * Data: a {@code Map<String, Object>} with {@link #TITLE} (String, what the list is, e.g.
	 * "Decommissioning candidates"), {@link #TILE} (String, the tile's id) and
	 * {@link #INTERFACES} ({@code List<Interface>}, the interfaces to show, in the tile's order).
	 */
	public static final String CATALOG_SHOW = "cartograph/catalog/show";

	public static final String TITLE = "title";
	public static final String TILE = "tile";
	public static final String INTERFACES = "interfaces";

	private DashboardTopics() {
	}
}
