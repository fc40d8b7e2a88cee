package io.cartograph.rules.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.store.ArtifactActivity;
import io.cartograph.store.RawArtifact;

/**
 * Reads the raw artifacts a Cloud Integration CONFIGURATION run stored (see
 * docs/connectors-cpi.md) and the message activity of RUNTIME runs into harvested interfaces:
 * one per design-time artifact (integration flow).
 */
public final class CloudIntegrationArtifacts {

	public static final String DESIGNTIME = "IntegrationDesigntimeArtifact";
	public static final String CONFIGURATIONS = "IntegrationDesigntimeArtifactConfigurations";
	public static final String RUNTIME = "IntegrationRuntimeArtifact";
	public static final String SERVICE_ENDPOINT = "ServiceEndpoint";
	/** Counts from the flow's content: {@code {"BpmnElements": n, "Mappings": n, "Xslt": n}}. */
	public static final String CONTENT = "IntegrationDesigntimeArtifactContent";
	public static final String INTEGRATION_FLOW = "Integration Flow";
	public static final String NOT_DEPLOYED = "Not deployed";

	private CloudIntegrationArtifacts() {
	}

	/** The harvested interfaces, in the order of the design-time artifacts' ids. */
	public static List<HarvestedInterface> read(List<RawArtifact> artifacts, List<ArtifactActivity> activity) {
		Map<String, Map<?, ?>> runtime = new HashMap<>();
		Map<String, List<Map<?, ?>>> parameters = new HashMap<>();
		Map<String, List<Map<?, ?>>> endpoints = new HashMap<>();
		Map<String, ComplexityClass> complexity = new HashMap<>();
		List<RawArtifact> designtime = new ArrayList<>();
		for (RawArtifact artifact : artifacts) {
			switch (artifact.kind()) {
			case DESIGNTIME -> designtime.add(artifact);
			case RUNTIME -> runtime.put(artifact.externalId(), JsonValues.object(artifact.payload()));
			case CONFIGURATIONS -> parameters.put(artifact.externalId(), JsonValues.objects(JsonValues.parse(artifact.payload())));
			case SERVICE_ENDPOINT -> endpoints.computeIfAbsent(endpointArtifact(artifact.externalId()), id -> new ArrayList<>())
					.add(JsonValues.object(artifact.payload()));
			case CONTENT -> complexity(JsonValues.object(artifact.payload()))
					.ifPresent(value -> complexity.put(artifact.externalId(), value));
			default -> {
				// Packages carry nothing an interface needs.
			}
			}
		}
		Map<String, List<ArtifactActivity>> messages = new HashMap<>();
		for (ArtifactActivity row : activity) {
			messages.computeIfAbsent(row.artifactId(), id -> new ArrayList<>()).add(row);
		}
		designtime.sort(Comparator.comparing(RawArtifact::externalId));
		List<HarvestedInterface> interfaces = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (RawArtifact flow : designtime) {
			if (seen.add(flow.externalId())) {
				interfaces.add(toInterface(flow, runtime.get(flow.externalId()),
						parameters.getOrDefault(flow.externalId(), List.of()), endpoints.getOrDefault(flow.externalId(), List.of()),
						messages.getOrDefault(flow.externalId(), List.of()), complexity.get(flow.externalId())));
			}
		}
		return interfaces;
	}

	private static HarvestedInterface toInterface(RawArtifact flow, Map<?, ?> deployed, List<Map<?, ?>> parameters,
			List<Map<?, ?>> endpoints, List<ArtifactActivity> messages, ComplexityClass complexity) {
		Map<?, ?> json = JsonValues.object(flow.payload());
		String name = blankToNull(JsonValues.text(json, "Name"));
		String version = flow.version() != null ? flow.version() : JsonValues.text(json, "Version");
		String status = deployed == null ? NOT_DEPLOYED
				: orElse(blankToNull(JsonValues.text(deployed, "Status")), "Deployed");
		String type = deployed == null ? INTEGRATION_FLOW : typeName(JsonValues.text(deployed, "Type"));
		String sender = orElse(blankToNull(JsonValues.text(json, "Sender")), mostFrequent(messages, true));
		String receiver = orElse(blankToNull(JsonValues.text(json, "Receiver")), mostFrequent(messages, false));
		Set<String> adapters = new LinkedHashSet<>();
		Set<String> authentication = new LinkedHashSet<>();
		CloudIntegrationAdapters.fromEndpoints(endpoints, adapters);
		CloudIntegrationAdapters.fromParameters(parameters, adapters, authentication);
		Instant lastTraffic = messages.stream().map(ArtifactActivity::lastLogStart).max(Comparator.naturalOrder()).orElse(null);
		return new HarvestedInterface(flow.externalId(), orElse(name, flow.externalId()), type, version, status, sender,
				receiver, List.copyOf(adapters), List.copyOf(authentication), complexity, lastTraffic);
	}

	/** The class from the content's counts; empty when they are missing or not numbers. */
	static Optional<ComplexityClass> complexity(Map<?, ?> counts) {
		try {
			int elements = Integer.parseInt(String.valueOf(counts.get("BpmnElements")));
			int mappings = Integer.parseInt(String.valueOf(counts.get("Mappings")));
			int xslt = Integer.parseInt(String.valueOf(counts.get("Xslt")));
			return elements < 0 ? Optional.empty()
					: Optional.of(CloudIntegrationComplexity.classify(elements, mappings > 0 || xslt > 0));
		} catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	/** INTEGRATION_FLOW becomes Integration Flow, VALUE_MAPPING Value Mapping. */
	static String typeName(String apiType) {
		if (apiType == null || apiType.isBlank()) {
			return INTEGRATION_FLOW;
		}
		StringBuilder words = new StringBuilder();
		for (String word : apiType.toLowerCase(Locale.ROOT).split("_")) {
			if (!word.isEmpty()) {
				words.append(words.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
			}
		}
		return words.toString();
	}

	/** Cloud Integration names a flow's endpoint {@code <flow id>$endpointAddress=<address>}. */
	static String endpointArtifact(String endpointId) {
		int dollar = endpointId.indexOf('$');
		return dollar < 0 ? endpointId : endpointId.substring(0, dollar);
	}

	/** The sender (or receiver) of most messages; on a tie the one seen last. */
	private static String mostFrequent(List<ArtifactActivity> messages, boolean sender) {
		Map<String, long[]> counts = new HashMap<>();
		Map<String, Instant> latest = new HashMap<>();
		for (ArtifactActivity row : messages) {
			String party = blankToNull(sender ? row.sender() : row.receiver());
			if (party != null) {
				counts.computeIfAbsent(party, p -> new long[1])[0] += row.messages();
				latest.merge(party, row.lastLogStart(), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		return counts.keySet().stream().max(Comparator.<String>comparingLong(party -> counts.get(party)[0])
				.thenComparing(latest::get)).orElse(null);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String orElse(String value, String fallback) {
		return value != null ? value : fallback;
	}
}
