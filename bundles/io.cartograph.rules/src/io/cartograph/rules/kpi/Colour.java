package io.cartograph.rules.kpi;

/** How a KPI tile is coloured; NONE when there is nothing to rate (e.g. no messages). */
public enum Colour {
	GREEN, YELLOW, RED, NONE
}
