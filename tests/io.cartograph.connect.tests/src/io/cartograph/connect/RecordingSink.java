package io.cartograph.connect;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Keeps what a run harvested, for assertions; an optional hook runs on each message record. */
public final class RecordingSink implements HarvestSink {

	public record Artifact(String kind, String externalId, String version, String json) {
	}

	public record Message(String guid, String artifactId, String status, Instant logStart, Instant logEnd,
			String correlationId, String sender, String receiver) {
	}

	public final List<Artifact> artifacts = new CopyOnWriteArrayList<>();
	public final List<Message> messages = new CopyOnWriteArrayList<>();
	public final List<String> logs = new CopyOnWriteArrayList<>();
	private final Consumer<Message> onMessage;

	public RecordingSink() {
		this(m -> {
		});
	}

	public RecordingSink(Consumer<Message> onMessage) {
		this.onMessage = onMessage;
	}

	@Override
	public void artifact(String kind, String externalId, String version, String jsonPayload) {
		artifacts.add(new Artifact(kind, externalId, version, jsonPayload));
	}

	@Override
	public void messageRecord(String guid, String artifactId, String status, Instant logStart, Instant logEnd,
			String correlationId, String sender, String receiver) {
		Message message = new Message(guid, artifactId, status, logStart, logEnd, correlationId, sender, receiver);
		messages.add(message);
		onMessage.accept(message);
	}

	@Override
	public void log(Level level, String message) {
		logs.add(level + " " + message);
	}

	public long count(String kind) {
		return artifacts.stream().filter(a -> a.kind().equals(kind)).count();
	}
}
