package io.cartograph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An object as a platform's API returned it, kept for the INVENTORY task to turn into
 * interfaces.
 *
 * @param kind       the API's entity, e.g. {@code IntegrationPackage},
 *                   {@code IntegrationDesigntimeArtifact}, {@code IntegrationRuntimeArtifact}
 * @param externalId the platform's id of the object
 * @param version    the platform's version of it, {@code null} when it has none
 * @param payload    the object as JSON
 * @param fetchedAt  when it was read
 */
public record RawArtifact(String kind, String externalId, String version, String payload, Instant fetchedAt) {

	public RawArtifact {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(externalId, "externalId");
		Objects.requireNonNull(fetchedAt, "fetchedAt");
	}
}
