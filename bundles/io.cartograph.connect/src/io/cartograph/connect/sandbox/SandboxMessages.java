package io.cartograph.connect.sandbox;

import java.io.IOException;
import java.util.SplittableRandom;

import com.fasterxml.jackson.core.JsonGenerator;

import io.cartograph.connect.sandbox.SandboxLandscape.Flow;

/**
 * The message processing logs of the sandbox, computed from their index rather than stored:
 * message {@code i} starts at a fixed point of the period (plus a jitter smaller than the gap
 * to the next), so the logs are ordered by LogStart, a LogStart filter becomes a binary search
 * and a million messages cost no memory. Some messages are steps of a {@link SandboxChains chain}
 * and share its correlation id; the others have a correlation id of their own.
 */
final class SandboxMessages {

	private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
			.toCharArray();

	private final SandboxOptions options;
	private final SandboxLandscape landscape;
	private final SandboxChains chains;
	private final long startMillis;
	private final long periodMillis;

	SandboxMessages(SandboxOptions options, SandboxLandscape landscape) {
		this.options = options;
		this.landscape = landscape;
		this.chains = new SandboxChains(options, landscape);
		this.startMillis = options.start().toEpochMilli();
		this.periodMillis = options.period().toMillis();
	}

	long count() {
		return options.messages();
	}

	/** LogStart of message {@code i}; strictly increasing in {@code i} when the step is at least 1 ms. */
	long logStart(long i) {
		long n = options.messages();
		// i * period stays far below Long.MAX_VALUE for up to a billion messages over a year.
		long slot = i * periodMillis / n;
		long step = Math.max(1, periodMillis / Math.max(1, n));
		return startMillis + slot + Math.floorMod(mix(i), step);
	}

	/** The first index whose LogStart is at or after {@code millis} (strict: after). */
	long firstAtOrAfter(long millis, boolean strict) {
		long low = 0;
		long high = options.messages();
		while (low < high) {
			long mid = (low + high) >>> 1;
			long t = logStart(mid);
			if (strict ? t > millis : t >= millis) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return low;
	}

	void write(JsonGenerator out, long i, String base) throws IOException {
		SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + i);
		// A chain step still draws its flow, so that the rest of the message is as without chains.
		Flow drawn = landscape.flowFor(random.nextInt(landscape.totalWeight()));
		Flow step = chains.flowAt(i);
		Flow flow = step == null ? drawn : step;
		long start = logStart(i);
		long duration = 40 + (long) (Math.abs(random.nextGaussian()) * 900) + random.nextInt(200);
		String status;
		double roll = random.nextDouble();
		if (roll < flow.failureRate()) {
			status = "FAILED";
		} else if (roll < flow.failureRate() + 0.002) {
			status = "RETRY";
		} else if (roll < flow.failureRate() + 0.003) {
			status = "ESCALATED";
		} else {
			status = "COMPLETED";
		}
		String guid = id(random);
		out.writeStartObject();
		out.writeObjectFieldStart("__metadata");
		String uri = base + "MessageProcessingLogs('" + guid + "')";
		out.writeStringField("id", uri);
		out.writeStringField("uri", uri);
		out.writeStringField("type", "com.sap.hci.api.MessageProcessingLog");
		out.writeEndObject();
		out.writeStringField("MessageGuid", guid);
		String correlationId = id(random);
		out.writeStringField("CorrelationId", step == null ? correlationId : chains.correlationId(i));
		out.writeStringField("ApplicationMessageId", random.nextInt(4) == 0 ? null : Long.toString(4_500_000_000L + i));
		out.writeStringField("ApplicationMessageType", flow.messageType());
		out.writeStringField("LogStart", "/Date(" + start + ")/");
		out.writeStringField("LogEnd", "/Date(" + (start + duration) + ")/");
		out.writeStringField("Sender", flow.sender());
		out.writeStringField("Receiver", flow.receiver());
		out.writeStringField("IntegrationFlowName", flow.id());
		out.writeStringField("Status", status);
		out.writeStringField("AlternateWebLink", webLink(base) + guid);
		out.writeStringField("LogLevel", "INFO");
		out.writeStringField("CustomStatus", status);
		out.writeStringField("TransactionId", Long.toHexString(random.nextLong()));
		out.writeObjectFieldStart("IntegrationArtifact");
		out.writeStringField("Id", flow.id());
		out.writeStringField("Name", flow.name());
		out.writeStringField("Type", "INTEGRATION_FLOW");
		out.writeStringField("PackageId", flow.packageId());
		out.writeEndObject();
		out.writeEndObject();
	}

	/** The monitoring link's prefix; computed once per base as pages are written in a loop. */
	private String webLink(String base) {
		String[] cached = lastWebLink;
		if (cached != null && cached[0].equals(base)) {
			return cached[1];
		}
		String link = base.replace("/api/v1/", "/itspaces/shell/monitoring/Messages/");
		lastWebLink = new String[] { base, link };
		return link;
	}

	private volatile String[] lastWebLink;

	/** A message id in the style of Cloud Integration's: "AG" and 26 URL-safe characters. */
	static String id(SplittableRandom random) {
		char[] id = new char[28];
		id[0] = 'A';
		id[1] = 'G';
		long bits = random.nextLong();
		long more = random.nextLong();
		for (int k = 2; k < 28; k++) {
			long source = k < 12 ? bits >>> ((k - 2) * 6) : more >>> ((k - 12) * 4);
			id[k] = ALPHABET[(int) (source & 63)];
		}
		return new String(id);
	}

	private long mix(long i) {
		long z = i * 0x9E3779B97F4A7C15L + options.seed();
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
