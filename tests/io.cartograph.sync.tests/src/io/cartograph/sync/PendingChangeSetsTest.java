package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.store.LocalStore;

class PendingChangeSetsTest {

	@TempDir
	Path folder;

	private static ChangeSet changeSet(String summary) {
		return ChangeSet.of(3, summary, List.of(Change.delete("u-" + summary, "LandscapeSystem",
				com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", summary), "root",
				"systems", 1)));
	}

	@Test
	void pendingChangeSetsSurviveARestartInOrder() {
		ChangeSet first = changeSet("first");
		ChangeSet second = changeSet("second");
		ChangeSet third = changeSet("third");
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			queue.enqueue(first);
			queue.enqueue(second);
			queue.enqueue(third);
			queue.markPushed(first.id(), 11);
		}
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			assertEquals(List.of(second, third), queue.pending());
			assertEquals(2, queue.pendingCount());
			assertEquals(java.util.Set.of(first.id()), queue.pushedIds());
			assertEquals("root", queue.pending().get(0).changes().get(0).container(), "local details are kept");
		}
	}

	@Test
	void rebasingRewritesKeptChangeSetsInPlaceAndDropsTheOthers() {
		ChangeSet first = changeSet("first");
		ChangeSet second = changeSet("second");
		ChangeSet third = changeSet("third");
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			List.of(first, second, third).forEach(queue::enqueue);

			queue.replacePending(List.of(first.withBaseRevision(9), third.withBaseRevision(9).withChanges(List.of())));

			List<ChangeSet> pending = queue.pending();
			assertEquals(List.of(first.id(), third.id()), pending.stream().map(ChangeSet::id).toList());
			assertEquals(9, pending.get(0).baseRevision());
			assertTrue(pending.get(1).changes().isEmpty());
		}
	}

	@Test
	void pushedChangeSetsAreForgottenOncePulledPast() {
		ChangeSet first = changeSet("first");
		ChangeSet second = changeSet("second");
		ChangeSet third = changeSet("third");
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			List.of(first, second, third).forEach(queue::enqueue);
			queue.markPushed(first.id(), 4);
			queue.markPushed(second.id(), 6);

			queue.forgetPushedUpTo(5);

			assertEquals(java.util.Set.of(second.id()), queue.pushedIds());
			assertEquals(List.of(third), queue.pending());
		}
	}

	@Test
	void theLastPulledRevisionIsKeptPerServerAndWorkspace() {
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			assertEquals(0, queue.lastPulled("https://team.example/", "w1"));
			queue.setLastPulled("https://team.example/", "w1", 4);
			queue.setLastPulled("https://team.example/", "w1", 6);
			queue.setLastPulled("https://other.example/", "w1", 2);
		}
		try (LocalStore store = LocalStore.open(folder)) {
			PendingChangeSets queue = PendingChangeSets.in(store);
			assertEquals(6, queue.lastPulled("https://team.example/", "w1"));
			assertEquals(2, queue.lastPulled("https://other.example/", "w1"));
			assertEquals(0, queue.lastPulled("https://team.example/", "w2"));
		}
	}
}
