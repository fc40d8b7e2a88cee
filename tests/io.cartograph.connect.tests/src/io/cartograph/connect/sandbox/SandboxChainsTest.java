package io.cartograph.connect.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;

/** The sandbox's chained messages, read over HTTP as a harvest reads them. */
class SandboxChainsTest {

	private static final Instant END = Instant.parse("2026-11-01T00:00:00Z");
	private static final JsonFactory JSON = new JsonFactory();

	record Message(String guid, String correlationId, long logStart, String artifactId) {
	}

	private static SandboxOptions options(long seed) {
		// Small pages, so that a page boundary falls inside some chains.
		return SandboxOptions.defaults().withEnd(END).withMessages(2500).withSeed(seed).withPageSize(170);
	}

	private static List<List<String>> chainIds(SandboxOptions options) {
		return new SandboxChains(options, new SandboxLandscape(options)).chains().stream()
				.map(chain -> chain.stream().map(Flow::id).toList()).toList();
	}

	@Test
	void messagesSharingACorrelationIdRunTheFlowsOfAChainInLogStartOrder() throws IOException {
		SandboxOptions options = options(4711);
		List<List<String>> chains = chainIds(options);
		SandboxTenant tenant = SandboxTenant.start(0, options);
		try {
			// Whole blocks, so that no chain occurrence is cut at the range's ends.
			int blocks = 50;
			List<Message> messages = read(tenant, "MessageProcessingLogs?$skip=" + 20 * SandboxChains.BLOCK + "&$top="
					+ blocks * SandboxChains.BLOCK);
			assertEquals(blocks * SandboxChains.BLOCK, messages.size());
			Map<String, List<Message>> byCorrelation = group(messages);
			List<List<Message>> shared = byCorrelation.values().stream().filter(list -> list.size() > 1).toList();

			assertEquals(blocks, shared.size(), "one chain occurrence per block");
			Map<List<String>, Integer> seen = new LinkedHashMap<>();
			int chained = 0;
			for (List<Message> occurrence : shared) {
				List<Message> ordered = new ArrayList<>(occurrence);
				ordered.sort(Comparator.comparingLong(Message::logStart));
				List<String> flows = ordered.stream().map(Message::artifactId).toList();
				assertTrue(chains.contains(flows), "the flows of " + occurrence.get(0).correlationId() + " are a chain: " + flows);
				assertEquals(occurrence, ordered, "a chain's messages come in LogStart order");
				seen.merge(flows, 1, Integer::sum);
				chained += occurrence.size();
			}
			assertEquals(Set.copyOf(chains), seen.keySet(), "every chain occurs");
			seen.values().forEach(count -> assertTrue(count >= blocks / 3, "each chain in many correlation ids: " + seen));
			assertTrue(chained < messages.size() / 4, "chains are a minority of the traffic: " + chained);
		} finally {
			tenant.stop();
		}
	}

	@Test
	void chainsAreTwoToFourDistinctDeployedFlowsFollowingEachOtherWhereTheLandscapeAllows() throws IOException {
		SandboxOptions options = options(4711);
		SandboxLandscape landscape = new SandboxLandscape(options);
		List<List<Flow>> chains = new SandboxChains(options, landscape).chains();
		SandboxTenant tenant = SandboxTenant.start(0, options);
		Set<String> deployed = new HashSet<>();
		try {
			for (Message runtime : read(tenant, "IntegrationRuntimeArtifacts")) {
				deployed.add(runtime.artifactId());
			}
		} finally {
			tenant.stop();
		}

		assertEquals(3, chains.size());
		List<Flow> unused = new ArrayList<>(landscape.deployed);
		int linked = 0;
		for (List<Flow> chain : chains) {
			assertTrue(chain.size() >= 2 && chain.size() <= 4, chain.toString());
			assertEquals(chain.size(), Set.copyOf(chain).size(), "distinct flows");
			for (int k = 0; k < chain.size(); k++) {
				Flow flow = chain.get(k);
				assertTrue(deployed.contains(flow.id()), flow.id() + " is deployed");
				unused.remove(flow);
				if (k + 1 < chain.size()) {
					boolean follows = chain.get(k + 1).sender().equals(flow.receiver());
					boolean couldFollow = follows || !SandboxChains.followers(flow, unused).isEmpty();
					assertEquals(couldFollow, follows, "the next step is sent by " + flow.receiver() + " when such a flow is left");
					linked += follows ? 1 : 0;
				}
			}
		}
		assertTrue(linked > 0, "the generated landscape lets some steps follow each other");
	}

	@Test
	void theSameSeedGivesTheSameChainsAndCorrelationIds() throws IOException {
		String range = "MessageProcessingLogs?$filter="
				+ "LogStart%20ge%20datetime'2026-10-10T00:00:00'%20and%20LogStart%20lt%20datetime'2026-10-12T00:00:00'";
		List<Message> first = readOnce(options(4711), range);
		List<Message> again = readOnce(options(4711), range);
		List<Message> otherSeed = readOnce(options(815), range);

		assertFalse(first.isEmpty());
		assertEquals(first, again);
		assertEquals(chainIds(options(4711)), chainIds(options(4711)));
		assertNotEquals(chainIds(options(4711)), chainIds(options(815)));
		assertNotEquals(group(first).keySet(), group(otherSeed).keySet());
		assertTrue(group(first).values().stream().anyMatch(list -> list.size() > 1), "two days hold chains");
	}

	private static List<Message> readOnce(SandboxOptions options, String query) throws IOException {
		SandboxTenant tenant = SandboxTenant.start(0, options);
		try {
			return read(tenant, query);
		} finally {
			tenant.stop();
		}
	}

	private static Map<String, List<Message>> group(List<Message> messages) {
		Map<String, List<Message>> result = new LinkedHashMap<>();
		for (Message message : messages) {
			result.computeIfAbsent(message.correlationId(), k -> new ArrayList<>()).add(message);
		}
		return result;
	}

	/** Every entry of a set, following {@code __next}; runtime artifacts come with their Id as the artifact id. */
	private static List<Message> read(SandboxTenant tenant, String query) throws IOException {
		List<Message> result = new ArrayList<>();
		String url = tenant.url() + "api/v1/" + query;
		while (url != null) {
			HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
			String user = SandboxOptions.CLIENT_ID + ":" + SandboxOptions.CLIENT_SECRET;
			connection.setRequestProperty("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8)));
			assertEquals(200, connection.getResponseCode(), url);
			try (InputStream body = connection.getInputStream(); JsonParser parser = JSON.createParser(body)) {
				url = page(parser, result);
			}
		}
		return result;
	}

	private static String page(JsonParser parser, List<Message> result) throws IOException {
		String next = null;
		parser.nextToken(); // {
		parser.nextToken(); // "d"
		parser.nextToken(); // {
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			if (name.equals("results")) {
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					result.add(entry(parser));
				}
			} else if (name.equals("__next")) {
				next = parser.getText();
			} else {
				parser.skipChildren();
			}
		}
		return next;
	}

	private static Message entry(JsonParser parser) throws IOException {
		String guid = null;
		String correlation = null;
		long start = -1;
		String artifact = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			parser.nextToken();
			switch (name) {
			case "MessageGuid" -> guid = parser.getText();
			case "CorrelationId" -> correlation = parser.getText();
			case "LogStart" -> start = Long.parseLong(parser.getText().replaceAll("\\D", ""));
			case "Id" -> artifact = parser.getText();
			case "IntegrationArtifact" -> {
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String field = parser.currentName();
					parser.nextToken();
					if (field.equals("Id")) {
						artifact = parser.getText();
					}
				}
			}
			default -> parser.skipChildren();
			}
		}
		return new Message(guid, correlation, start, artifact);
	}
}
