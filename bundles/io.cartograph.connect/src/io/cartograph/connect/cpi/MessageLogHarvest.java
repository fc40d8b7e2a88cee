package io.cartograph.connect.cpi;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.cartograph.connect.ConnectorContext;
import io.cartograph.connect.HarvestSink;
import io.cartograph.connect.HarvestSink.Level;
import io.cartograph.connect.TaskProgress;
import io.cartograph.connect.cpi.CloudIntegrationConnector.Counts;
import io.cartograph.connect.http.ApiClient;
import io.cartograph.connect.http.MalformedResponseException;
import io.cartograph.connect.http.ODataPages;
import io.cartograph.connect.http.Query;

/**
 * RUNTIME: message processing logs whose LogStart is at or after the given instant, oldest
 * first, streamed into the sink one record at a time. Records at the boundary may arrive
 * twice over consecutive runs; the store keeps one per MessageGuid.
 */
final class MessageLogHarvest {

	/** Cloud Integration keeps message processing logs for 30 days. */
	static final Duration RETENTION = Duration.ofDays(30);

	private final ApiClient client;
	private final ConnectorContext context;
	private final HarvestSink sink;
	private final TaskProgress progress;
	private final Counts counts;

	MessageLogHarvest(ApiClient client, ConnectorContext context, HarvestSink sink, TaskProgress progress,
			Counts counts) {
		this.client = client;
		this.context = context;
		this.sink = sink;
		this.progress = progress;
		this.counts = counts;
	}

	void run() {
		Instant since = context.since() != null ? context.since()
				: context.http().clock().instant().minus(RETENTION).truncatedTo(ChronoUnit.SECONDS);
		String url = "api/v1/MessageProcessingLogs?$filter="
				+ Query.encode("LogStart ge " + ODataDates.literal(since)) + "&$orderby=" + Query.encode("LogStart");
		sink.log(Level.INFO, "Reading message processing logs since " + since);
		progress.begin("RUNTIME", TaskProgress.UNKNOWN);
		long total = ODataPages.readAll(client, url, 0, context.cancellation(), this::record, (entries, sum) -> {
			progress.worked(1);
			progress.subTask(sum + " message records");
		});
		sink.log(Level.INFO, total + " message records");
	}

	private void record(JsonParser parser) throws IOException {
		String guid = null;
		String flow = null;
		String artifactId = null;
		String status = null;
		String start = null;
		String end = null;
		String correlation = null;
		String sender = null;
		String receiver = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if (value == JsonToken.START_OBJECT && "IntegrationArtifact".equals(name)) {
				artifactId = artifactId(parser);
				continue;
			}
			if (!value.isScalarValue()) {
				parser.skipChildren();
				continue;
			}
			// Text only for the fields kept: most of a record is skipped without building strings.
			switch (name) {
			case "MessageGuid" -> guid = text(parser, value);
			case "IntegrationFlowName" -> flow = text(parser, value);
			case "Status" -> status = text(parser, value);
			case "LogStart" -> start = text(parser, value);
			case "LogEnd" -> end = text(parser, value);
			case "CorrelationId" -> correlation = text(parser, value);
			case "Sender" -> sender = text(parser, value);
			case "Receiver" -> receiver = text(parser, value);
			default -> {
				// other fields (LogLevel, CustomStatus, AlternateWebLink...) are not kept
			}
			}
		}
		if (guid == null) {
			throw new MalformedResponseException("a message processing log has no MessageGuid");
		}
		sink.messageRecord(guid, artifactId != null ? artifactId : flow, status, ODataDates.parse(start),
				ODataDates.parse(end), correlation, sender, receiver);
		counts.messages++;
	}

	private static String text(JsonParser parser, JsonToken value) throws IOException {
		return value == JsonToken.VALUE_NULL ? null : parser.getText();
	}

	/** The Id inside an expanded IntegrationArtifact (v2 may also send only a __deferred link). */
	private static String artifactId(JsonParser parser) throws IOException {
		String id = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String name = parser.currentName();
			JsonToken value = parser.nextToken();
			if ("Id".equals(name) && value == JsonToken.VALUE_STRING) {
				id = parser.getText();
			} else {
				parser.skipChildren();
			}
		}
		return id;
	}
}
