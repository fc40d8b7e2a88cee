package io.cartograph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;

/**
 * Where an interface stands in the end-to-end integrations: for each integration that runs
 * through it, its position, and the interfaces right before and after.
 */
public final class IntegrationPlaces {

	/**
	 * @param position    1-based
	 * @param length      how many interfaces the integration has
	 * @param predecessor the interface before it; null when it is the first
	 * @param successor   the interface after it; null when it is the last
	 */
	public record Place(EndToEndIntegration integration, int position, int length, Interface predecessor, Interface successor) {
	}

	private IntegrationPlaces() {
	}

	/** In the order of the integrations, then of the positions. */
	public static List<Place> of(Interface item, Collection<EndToEndIntegration> integrations) {
		List<Place> places = new ArrayList<>();
		for (EndToEndIntegration integration : integrations) {
			List<Interface> steps = integration.getInterfaces();
			for (int i = 0; i < steps.size(); i++) {
				if (steps.get(i) == item) {
					places.add(new Place(integration, i + 1, steps.size(), i == 0 ? null : steps.get(i - 1),
							i + 1 == steps.size() ? null : steps.get(i + 1)));
				}
			}
		}
		return places;
	}
}
