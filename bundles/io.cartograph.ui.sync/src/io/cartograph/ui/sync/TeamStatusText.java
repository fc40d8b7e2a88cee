package io.cartograph.ui.sync;

import java.util.Optional;

import io.cartograph.sync.Merge;
import io.cartograph.sync.SyncStatus;

/** The status bar's words for how team sync stands. */
final class TeamStatusText {

	private TeamStatusText() {
	}

	/**
	 * "Team: online · 2 pending", "Team: offline · 5 pending", "Team: 3 conflicts" (those still
	 * open), "Team: merge ready to apply", "Team: not shared".
	 */
	static String of(Optional<SyncStatus> status, Optional<Merge> merge, boolean signedIn) {
		if (status.isEmpty()) {
			return "Team: not shared";
		}
		if (merge.isPresent()) {
			int open = merge.get().openConflicts().size();
			return open == 0 ? "Team: merge ready to apply" : "Team: " + ConflictTexts.count(open, "conflict");
		}
		SyncStatus now = status.get();
		String state = !signedIn ? "not signed in" : now.online() ? "online" : "offline";
		return "Team: " + state + " \u00b7 " + now.pending() + " pending";
	}

	/** The tooltip: the last problem, or where the workspace syncs to. */
	static String details(Optional<SyncStatus> status, Optional<TeamLink> link) {
		if (status.isEmpty() || link.isEmpty()) {
			return "This workspace is not shared on a team server (Team > Share Workspace on Server...)";
		}
		SyncStatus now = status.get();
		if (now.problem() != null) {
			return now.problem();
		}
		return "Workspace " + link.get().workspaceId() + " on " + link.get().server() + ", at revision "
				+ now.pulledRevision() + (now.conflicts() > 0 ? "; click to decide the conflicts" : "");
	}
}
