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
import java.util.Objects;
import java.util.Set;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.IntegrationCatalog;
import io.cartograph.store.HarvestedData;

/**
 * Proposes end-to-end integrations from message correlation ids. The messages of one
 * correlation id are put in LogStart order and mapped to interfaces (data source + external id
 * = artifact id); an interface met again right after itself (a retry, a split) counts once, and
 * one met again later also counts once, at its first place. A sequence of at least two
 * interfaces is a candidate; candidates seen in at least {@code minOccurrences} correlation ids
 * are proposed, most frequent first, unless the sequence is excluded: an integration (or
 * proposal) with exactly that sequence exists, or the sequence was rejected.
 * <p>
 * It works on strings only (artifact keys and interface UUIDs), so that the store can be read
 * in a job while the model stays on its own thread: {@link #snapshot} is taken where the model
 * may be read, {@link #propose} runs anywhere.
 */
public final class EndToEndProposals {

	/** How far back INVENTORY looks for correlated messages. */
	public static final int DAYS = 30;
	/** How many correlation ids must show a sequence before INVENTORY proposes it. */
	public static final int MIN_OCCURRENCES = 3;

	private static final int EVIDENCE_SAMPLES = 5;

	private final int minOccurrences;

	public EndToEndProposals(int minOccurrences) {
		this.minOccurrences = Math.max(1, minOccurrences);
	}

	/**
	 * What proposing needs to know of the model.
	 *
	 * @param interfaceByArtifact interface UUID per artifact key (data source UUID, a newline,
	 *                            external id); see {@link #artifactKey}
	 * @param excludedKeys        keys of existing integrations and proposals, and rejected keys
	 */
	public record Snapshot(Map<String, String> interfaceByArtifact, Set<String> excludedKeys) {

		public Snapshot {
			interfaceByArtifact = Map.copyOf(interfaceByArtifact);
			excludedKeys = Set.copyOf(excludedKeys);
		}
	}

	/** Read where the model may be read. */
	public static Snapshot snapshot(Collection<Interface> interfaces, IntegrationCatalog integrations) {
		Map<String, String> byArtifact = new HashMap<>();
		for (Interface item : interfaces) {
			if (item.getDataSource() != null && item.getExternalId() != null && item.getUuid() != null) {
				byArtifact.putIfAbsent(artifactKey(item.getDataSource().getUuid(), item.getExternalId()), item.getUuid());
			}
		}
		Set<String> excluded = new HashSet<>(integrations.getRejectedProposals());
		for (EndToEndIntegration integration : integrations.getIntegrations()) {
			excluded.add(key(integration));
		}
		return new Snapshot(byArtifact, excluded);
	}

	public static String artifactKey(String dataSourceUuid, String artifactId) {
		return dataSourceUuid + '\n' + artifactId;
	}

	private static final class Candidate {
		final List<String> interfaces;
		int occurrences;
		final List<String> correlationIds = new ArrayList<>();
		final List<String> messageIds = new ArrayList<>();

		Candidate(List<String> interfaces) {
			this.interfaces = interfaces;
		}
	}

	/** Reads the correlated messages started at or after {@code since} from the store. */
	public List<Proposal> propose(HarvestedData data, Instant since, Snapshot snapshot) {
		Objects.requireNonNull(snapshot, "snapshot");
		Map<String, Candidate> candidates = new LinkedHashMap<>();
		String[] current = { null };
		List<String> sequence = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		data.forEachCorrelatedMessage(since, (source, message) -> {
			if (!message.correlationId().equals(current[0])) {
				count(candidates, current[0], sequence, messages);
				current[0] = message.correlationId();
				sequence.clear();
				messages.clear();
			}
			String item = snapshot.interfaceByArtifact().get(artifactKey(source, message.artifactId()));
			if (item != null && !sequence.contains(item)) {
				sequence.add(item);
				messages.add(message.messageGuid());
			}
		});
		count(candidates, current[0], sequence, messages);
		List<Proposal> proposals = new ArrayList<>();
		for (Map.Entry<String, Candidate> entry : candidates.entrySet()) {
			Candidate candidate = entry.getValue();
			if (candidate.occurrences >= minOccurrences && !snapshot.excludedKeys().contains(entry.getKey())) {
				proposals.add(new Proposal(candidate.interfaces, candidate.occurrences, candidate.correlationIds,
						candidate.messageIds));
			}
		}
		proposals.sort(Comparator.comparingInt(Proposal::occurrences).reversed().thenComparing(Proposal::key));
		return proposals;
	}

	private static void count(Map<String, Candidate> candidates, String correlationId, List<String> sequence,
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

	/** The key of a sequence of interface UUIDs. */
	public static String key(List<String> interfaceUuids) {
		return String.join(">", interfaceUuids);
	}

	/** The key of an integration's (or proposal's) sequence. */
	public static String key(EndToEndIntegration integration) {
		return key(integration.getInterfaces().stream().map(Interface::getUuid).toList());
	}
}
