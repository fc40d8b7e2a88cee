package io.cartograph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The messages of one artifact that share a sender and a receiver, summed up: what INVENTORY
 * needs from the message records (the last traffic, and who sends and receives when the
 * design time does not say) without reading every record.
 *
 * @param artifactId   the artifact that processed the messages
 * @param sender       their sender, {@code null} where the platform did not report one
 * @param receiver     their receiver, {@code null} where the platform did not report one
 * @param lastLogStart when the latest of them started
 * @param messages     how many there are
 */
public record ArtifactActivity(String artifactId, String sender, String receiver, Instant lastLogStart, long messages) {

	public ArtifactActivity {
		Objects.requireNonNull(artifactId, "artifactId");
		Objects.requireNonNull(lastLogStart, "lastLogStart");
	}
}
