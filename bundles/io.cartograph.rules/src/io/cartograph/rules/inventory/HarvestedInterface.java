package io.cartograph.rules.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.cartograph.model.landscape.ComplexityClass;

/**
 * An interface as the harvested data describe it: only the fields INVENTORY owns. What people
 * enrich (harmonized systems, business objects, properties, tags) is not here and never set
 * by INVENTORY.
 *
 * @param externalId       the artifact's id on the platform (the matching key)
 * @param name             the artifact's name
 * @param type             e.g. {@code Integration Flow}
 * @param version          the design-time version
 * @param status           the runtime status, or {@link CloudIntegrationArtifacts#NOT_DEPLOYED}
 * @param originalSender   sender as the platform reports it, {@code null} if unknown
 * @param originalReceiver receiver as the platform reports it, {@code null} if unknown
 * @param adapters         adapters derived from parameters and endpoints, in order found
 * @param authenticationMethods authentication methods derived from parameters
 * @param complexity       {@code null} when the harvest has no counts of the flow's content
 * @param lastTraffic      when its latest stored message started, {@code null} if none
 */
public record HarvestedInterface(String externalId, String name, String type, String version, String status,
		String originalSender, String originalReceiver, List<String> adapters, List<String> authenticationMethods,
		ComplexityClass complexity, Instant lastTraffic) {

	public HarvestedInterface {
		Objects.requireNonNull(externalId, "externalId");
		adapters = List.copyOf(adapters);
		authenticationMethods = List.copyOf(authenticationMethods);
	}
}
