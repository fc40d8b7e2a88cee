package io.cartograph.ui.dashboard;

import java.util.List;

import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.kpi.Colour;

/**
 * What one dashboard tile shows: a KPI's main figure, a line saying what it means, its colour,
 * bars where a distribution says more than a number, and the rows behind it (shown on a click).
 *
 * @param interfaces the interfaces the tile is about, for the catalog; empty when none are
 */
record Tile(String id, String title, String figure, String explanation, Colour colour, List<Bar> bars,
		List<Row> details, List<Interface> interfaces) {

	Tile {
		bars = List.copyOf(bars);
		details = List.copyOf(details);
		interfaces = List.copyOf(interfaces);
	}

	/** One bar of a tile's chart; its colour is NONE for the chart's plain colour. */
	record Bar(String label, long value, Colour colour) {
	}

	/** One line of a tile's details; the object (an interface, when there is one) opens on double-click. */
	record Row(String text, Object object) {
	}
}
