package io.cartograph.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The changes one command made, with the server revision they were made on. The id is made here
 * and is the idempotency key of a push. {@code revision}, {@code author} and {@code committedAt}
 * are set by the server (null until then).
 */
public record ChangeSet(String id, long baseRevision, String summary, Instant createdAt, List<Change> changes,
		Long revision, String author, Instant committedAt) {

	public ChangeSet {
		changes = List.copyOf(changes);
	}

	/** A new change set, not yet on the server. */
	public static ChangeSet of(long baseRevision, String summary, List<Change> changes) {
		return new ChangeSet(UUID.randomUUID().toString(), baseRevision, summary, Instant.now(), changes, null, null,
				null);
	}

	public ChangeSet withBaseRevision(long base) {
		return new ChangeSet(id, base, summary, createdAt, changes, revision, author, committedAt);
	}

	public ChangeSet withChanges(List<Change> newChanges) {
		return new ChangeSet(id, baseRevision, summary, createdAt, newChanges, revision, author, committedAt);
	}
}
