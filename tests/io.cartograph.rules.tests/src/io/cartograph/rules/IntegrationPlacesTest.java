package io.cartograph.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.rules.IntegrationPlaces.Place;

class IntegrationPlacesTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	@Test
	void eachIntegrationThroughAnInterfaceWithItsNeighbours() {
		Interface order = F.createInterface();
		Interface route = F.createInterface();
		Interface post = F.createInterface();
		Interface unused = F.createInterface();
		EndToEndIntegration toCash = integration(order, route, post);
		EndToEndIntegration returns = integration(route);
		EndToEndIntegration reverse = integration(route, order);

		assertEquals(List.of(new Place(toCash, 2, 3, order, post), new Place(returns, 1, 1, null, null),
				new Place(reverse, 1, 2, null, order)), IntegrationPlaces.of(route, List.of(toCash, returns, reverse)));
		assertEquals(List.of(new Place(toCash, 1, 3, null, route), new Place(reverse, 2, 2, route, null)),
				IntegrationPlaces.of(order, List.of(toCash, returns, reverse)));
		assertEquals(List.of(), IntegrationPlaces.of(unused, List.of(toCash, returns, reverse)));
	}

	private static EndToEndIntegration integration(Interface... steps) {
		EndToEndIntegration integration = F.createEndToEndIntegration();
		integration.getInterfaces().addAll(List.of(steps));
		return integration;
	}
}
