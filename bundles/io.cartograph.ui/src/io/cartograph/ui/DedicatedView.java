package io.cartograph.ui;

/**
 * A view of its own for one part of the landscape, which the Landscape Explorer asks for with
 * {@link LandscapeTopics#OPEN_VIEW}. The bundle that owns the view answers; the explorer does not
 * know it (the views' bundles depend on the explorer's, not the other way round).
 */
public enum DedicatedView {

	/** Every interface in one table (io.cartograph.ui.catalog). */
	INTERFACE_CATALOG("Interface Catalog"),
	/** The rules editor as it was last left (io.cartograph.ui.rules). */
	TRANSFORMATION_RULES("Transformation Rules"),
	/** The rules editor with its system mapping rules in front. */
	SYSTEM_RULES("Transformation Rules"),
	/** The rules editor with its object rules in front. */
	OBJECT_RULES("Transformation Rules"),
	/** How the adapters and authentication methods in use fit the integration strategy. */
	STRATEGY_FIT("Strategy Fit"),
	/** Interfaces and end-to-end integrations that still lack something. */
	TODO("To-do"),
	/** End-to-end integrations INVENTORY proposed, to accept or reject (io.cartograph.ui.rules). */
	END_TO_END_PROPOSALS("End-to-End Proposals"),
	/** The KPI tiles (io.cartograph.ui.dashboard). */
	DASHBOARD("Dashboard"),
	/** Systems and the flows between them, laid out (io.cartograph.ui.map). */
	SYSTEM_MAP("System Map");

	private final String title;

	DedicatedView(String title) {
		this.title = title;
	}

	/** The view's title, as on its tab and in the Window menu. */
	public String title() {
		return title;
	}
}
