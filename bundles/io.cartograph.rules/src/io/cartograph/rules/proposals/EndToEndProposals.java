package io.cartograph.rules.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.MessageRecord;

/**
 * Proposes end-to-end integrations from message correlation ids. The messages of one
 * correlation id are put in LogStart order and mapped to interfaces (data source + external id
 * = artifact id); an interface met again right after itself (a retry, a split) counts once, and
 * one met again later also counts once, at its first place. A sequence of at least two
 * interfaces is a candidate; candidates seen in at least {@code minOccurrences} correlation ids
 * are proposed, most frequent first, unless an integration with exactly that sequence exists or
 * the sequence was rejected.
 */
public final class EndToEndProposals {

	private static final int EVIDENCE_SAMPLES = 5;

	private final int minOccurrences;

	public EndToEndProposals(int minOccurrences) {
		this.minOccurrences = Math.max(1, minOccurrences);
	}

	private static final class Candidate {
		final List<Interface> interfaces;
		int occurrences;
		final List<String> correlationIds = new ArrayList<>();
		final List<String> messageIds = new ArrayList<>();

		Candidate(List<Interface> interfaces) {
			this.interfaces = interfaces;
		}
	}

	public List<Proposal> propose(HarvestedData data, Instant since, Collection<Interface> interfaces,
			Collection<EndToEndIntegration> integrations, RejectedProposals rejected) {
		Map<String, Interface> byArtifact = new HashMap<>();
		for (Interface item : interfaces) {
			if (item.getDataSource() != null && item.getExternalId() != null) {
				byArtifact.putIfAbsent(item.getDataSource().getUuid() + '\n' + item.getExternalId(), item);
			}
		}
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		String[] current = { null };
		List<Interface> sequence = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		data.forEachCorrelatedMessage(since, (source, message) -> {
			if (!message.correlationId().equals(current[0])) {
				count(candidates, current[0], sequence, messages);
				current[0] = message.correlationId();
				sequence.clear();
				messages.clear();
			}
			Interface item = byArtifact.get(source + '\n' + message.artifactId());
			if (item != null && !sequence.contains(item)) {
				sequence.add(item);
				messages.add(message.messageGuid());
			}
		});
		count(candidates, current[0], sequence, messages);
		Set<String> existing = new HashSet<>();
		for (EndToEndIntegration integration : integrations) {
			existing.add(key(integration.getInterfaces()));
		}
		List<Proposal> proposals = new ArrayList<>();
		for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
			Candidate candidate = entry.getValue();
			if (candidate.occurrences >= minOccurrences && !existing.contains(entry.getKey()) && !rejected.contains(entry.getKey())) {
				proposals.add(new Proposal(entry.getKey(), candidate.interfaces, candidate.occurrences, candidate.correlationIds,
						candidate.messageIds));
			}
		}
		proposals.sort(Comparator.comparingInt(Proposal::occurrences).reversed().thenComparing(Proposal::key));
		return proposals;
	}

	private static void count(Map<String, Candidate> candidates, String correlationId, List<Interface> sequence,
			List<String> messages) {
		if (correlationId == null || sequence.size() < 2) {
			return;
		}
		Candidate candidate = candidates.computeIfAbsent(key(sequence), k -> new Candidate(List.copyOf(sequence)));
		candidate.occurrences++;
		if (candidate.correlationIds.size() < EVIDENCE_SAMPLES) {
			candidate.correlationIds.add(correlationId);
			candidate.messageIds.addAll(messages);
		}
	}

	static String key(List<Interface> interfaces) {
		return interfaces.stream().map(Interface::getUuid).collect(Collectors.joining(">"));
	}

	/**
	 * The integration a proposal becomes: named after its first and last interface, from the
	 * first one's sender to the last one's receiver, with the evidence. {@code confirmed} false
	 * makes it a proposal awaiting review (the guide's proposal marker). The caller adds it to
	 * the integration catalog (as a command, in the workbench).
	 */
	public static EndToEndIntegration toIntegration(Proposal proposal, boolean confirmed) {
		EndToEndIntegration integration = LandscapeFactory.eINSTANCE.createEndToEndIntegration();
		integration.setUuid(UUID.randomUUID().toString());
		List<Interface> steps = proposal.interfaces();
		integration.setName(steps.get(0).getName() + " to " + steps.get(steps.size() - 1).getName());
		integration.getInterfaces().addAll(steps);
		integration.setSender(steps.get(0).getSender());
		integration.setReceiver(steps.get(steps.size() - 1).getReceiver());
		integration.setProposal(!confirmed);
		integration.setEvidence(proposal.evidence());
		return integration;
	}
}
