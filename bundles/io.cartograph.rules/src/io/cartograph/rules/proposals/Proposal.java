package io.cartograph.rules.proposals;

import java.util.List;

/**
 * An end-to-end integration the message traffic suggests: interfaces whose messages share
 * correlation ids, in the order their messages started. Interfaces are named by UUID, so a
 * proposal can be computed away from the model (in a job) and resolved in it later.
 *
 * @param interfaces     the UUIDs of the interfaces, in order
 * @param occurrences    how many correlation ids showed this sequence
 * @param correlationIds the first few of them
 * @param messageIds     the message ids of the first few occurrences
 */
public record Proposal(List<String> interfaces, int occurrences, List<String> correlationIds, List<String> messageIds) {

	public Proposal {
		interfaces = List.copyOf(interfaces);
		correlationIds = List.copyOf(correlationIds);
		messageIds = List.copyOf(messageIds);
	}

	/** What a rejection remembers and what makes two sequences the same: the UUIDs joined by {@code >}. */
	public String key() {
		return EndToEndProposals.key(interfaces);
	}

	/** The evidence in words, as kept on the integration, with the interfaces' names in order. */
	public String evidence(List<String> names) {
		return "Seen " + occurrences + (occurrences == 1 ? " time" : " times") + " in the message traffic: "
				+ String.join(" > ", names) + ". Correlation ids: " + String.join(", ", correlationIds)
				+ (occurrences > correlationIds.size() ? ", ..." : "") + ". Messages: " + String.join(", ", messageIds) + ".";
	}
}
