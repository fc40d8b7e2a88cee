package io.cartograph.store;

import java.time.Instant;

/**
 * Messages an artifact of a data source processed since some instant.
 *
 * @param completed    messages whose status is one of {@link HarvestedData#COMPLETED_STATUSES}
 * @param failed       messages whose status is one of {@link HarvestedData#FAILED_STATUSES}
 * @param lastLogStart the latest LogStart among them
 */
public record ArtifactTraffic(String dataSourceUuid, String artifactId, long messages, long completed, long failed,
		Instant lastLogStart) {
}
