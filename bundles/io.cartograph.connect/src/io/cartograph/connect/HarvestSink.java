package io.cartograph.connect;

import java.time.Instant;

/**
 * Where a connector puts what it harvests during one task run. The store adapts it: it keeps
 * everything of a run in one transaction and commits only when the run ends in
 * {@link TaskOutcome.Result#SUCCESS}, so a connector simply streams and never undoes anything.
 * Calls come from the thread that runs the task.
 */
public interface HarvestSink {

	/** Severity of a run log line. */
	enum Level {
		INFO, WARNING, ERROR
	}

	/**
	 * One raw artifact as the platform describes it.
	 *
	 * @param kind        what it is, e.g. {@code IntegrationPackage}, {@code IntegrationDesigntimeArtifact}
	 * @param externalId  the platform's id, unique within the kind
	 * @param version     the platform's version, or null when it has none
	 * @param jsonPayload the platform's JSON object for it, as received
	 */
	void artifact(String kind, String externalId, String version, String jsonPayload);

	/** One message processing record; any argument but {@code guid} may be null when the platform does not say. */
	void messageRecord(String guid, String artifactId, String status, Instant logStart, Instant logEnd,
			String correlationId, String sender, String receiver);

	/** A line for the run's log. Connectors never pass secrets here. */
	void log(Level level, String message);
}
