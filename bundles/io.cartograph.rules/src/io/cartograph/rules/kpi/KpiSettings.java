package io.cartograph.rules.kpi;

import java.util.List;

import io.cartograph.model.landscape.AnomalyBound;
import io.cartograph.model.landscape.DashboardSettings;
import io.cartograph.model.landscape.ErrorWindow;

/**
 * The dashboard settings the KPIs use, with the onboarding guide's recommendations where the
 * model has no value.
 *
 * @param robustnessGreenFrom      robustness (percent) from which the tile is green: 100 minus
 *                                 the model's robustness warning (an error rate)
 * @param robustnessRedUpTo        robustness (percent) up to which it is red: 100 minus the
 *                                 model's robustness critical error rate; yellow in between
 * @param decommissioningDays      the window of the decommissioning KPI
 * @param decommissioningThreshold fewer messages than this in the window make a candidate
 * @param decommissioningGreenBelow fewer candidates than this: green
 * @param decommissioningRedAbove  more candidates than this: red; yellow in between
 */
public record KpiSettings(double robustnessGreenFrom, double robustnessRedUpTo, int decommissioningDays,
		int decommissioningThreshold, int decommissioningGreenBelow, int decommissioningRedAbove,
		List<ErrorWindow> errorWindows, List<AnomalyBound> anomalyBounds) {

	/** The guide: green from 95, red up to 75. */
	public static final double GREEN_FROM = 95;
	public static final double RED_UP_TO = 75;
	/** The guide: 45 days; green below 20 inactive interfaces, red above 100. */
	public static final int DAYS = 45;
	public static final int GREEN_BELOW = 20;
	public static final int RED_ABOVE = 100;
	/** The robustness window, fixed by the guide. */
	public static final int ROBUSTNESS_DAYS = 30;

	public KpiSettings {
		errorWindows = List.copyOf(errorWindows);
		anomalyBounds = List.copyOf(anomalyBounds);
	}

	/**
	 * From the model: error rates outside 0..100 and a critical rate not above the warning rate
	 * fall back to the guide's thresholds; days below 1 to 45; a threshold below 1 to 1 (no
	 * messages at all); candidate counts for green and red that are not set (below 1) or
	 * contradict each other (red below green) to the guide's 20 and 100.
	 */
	public static KpiSettings of(DashboardSettings settings) {
		if (settings == null) {
			return new KpiSettings(GREEN_FROM, RED_UP_TO, DAYS, 1, GREEN_BELOW, RED_ABOVE, List.of(), List.of());
		}
		double warning = settings.getRobustnessWarning();
		double critical = settings.getRobustnessCritical();
		boolean usable = warning >= 0 && critical <= 100 && critical > warning;
		int greenBelow = settings.getDecommissioningGreenBelow();
		int redAbove = settings.getDecommissioningRedAbove();
		boolean countsUsable = greenBelow >= 1 && redAbove >= greenBelow;
		return new KpiSettings(usable ? 100 - warning : GREEN_FROM, usable ? 100 - critical : RED_UP_TO,
				settings.getDecommissioningDays() < 1 ? DAYS : settings.getDecommissioningDays(),
				Math.max(1, settings.getDecommissioningThreshold()), countsUsable ? greenBelow : GREEN_BELOW,
				countsUsable ? redAbove : RED_ABOVE, settings.getErrorWindows(), settings.getAnomalyBounds());
	}

	Colour robustnessColour(double percent) {
		return percent >= robustnessGreenFrom ? Colour.GREEN : percent <= robustnessRedUpTo ? Colour.RED : Colour.YELLOW;
	}

	Colour decommissioningColour(int candidates) {
		return candidates < decommissioningGreenBelow ? Colour.GREEN
				: candidates > decommissioningRedAbove ? Colour.RED : Colour.YELLOW;
	}
}
