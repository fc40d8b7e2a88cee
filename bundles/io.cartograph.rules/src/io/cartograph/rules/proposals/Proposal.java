package io.cartograph.rules.proposals;

import java.util.List;
import java.util.stream.Collectors;

import io.cartograph.model.landscape.Interface;

/**
 * An end-to-end integration the message traffic suggests: interfaces whose messages share
 * correlation ids, in the order their messages started.
 *
 * @param key            the interfaces' UUIDs in order, joined by {@code >}: what a rejection remembers
 * @param interfaces     the sequence
 * @param occurrences    how many correlation ids showed this sequence
 * @param correlationIds the first few of them
 * @param messageIds     the message ids of the first few occurrences
 */
public record Proposal(String key, List<Interface> interfaces, int occurrences, List<String> correlationIds,
		List<String> messageIds) {

	public Proposal {
		interfaces = List.copyOf(interfaces);
		correlationIds = List.copyOf(correlationIds);
		messageIds = List.copyOf(messageIds);
	}

	/** The evidence in words, as kept on the integration. */
	public String evidence() {
		return "Seen " + occurrences + (occurrences == 1 ? " time" : " times") + " in the message traffic: "
				+ interfaces.stream().map(Interface::getName).collect(Collectors.joining(" > ")) + ". Correlation ids: "
				+ String.join(", ", correlationIds) + (occurrences > correlationIds.size() ? ", ..." : "") + ". Messages: "
				+ String.join(", ", messageIds) + ".";
	}
}
