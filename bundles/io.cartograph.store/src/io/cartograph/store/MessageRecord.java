package io.cartograph.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One message processing log entry of a platform (in CPI: a MessageProcessingLog).
 *
 * @param messageGuid   the platform's id of the message
 * @param artifactId    the integration artifact that processed it, {@code null} if unknown
 * @param status        the platform's status, e.g. {@code COMPLETED} or {@code FAILED}
 * @param logStart      when processing started (required: runtime reads go by it)
 * @param logEnd        when processing ended, {@code null} while still processing
 * @param correlationId links the messages of one exchange, {@code null} if unknown
 * @param sender        sender, where the platform knows it, else {@code null}
 * @param receiver      receiver, where the platform knows it, else {@code null}
 */
public record MessageRecord(String messageGuid, String artifactId, String status, Instant logStart,
		Instant logEnd, String correlationId, String sender, String receiver) {

	public MessageRecord {
		Objects.requireNonNull(messageGuid, "messageGuid");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(logStart, "logStart");
	}
}
