package io.cartograph.ui.sync;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.cartograph.sync.ChangeSet;
import io.cartograph.sync.Conflict;
import io.cartograph.sync.Conflict.Kind;
import io.cartograph.sync.Conflict.Side;
import io.cartograph.sync.Merge;

/** What the Conflicts view says, in the users' words. */
final class ConflictTexts {

	static final String NO_MERGE = "No merge is waiting. When a sync finds that you and a teammate changed the same "
			+ "thing, the conflicts show here and nothing is applied until you decide.";

	private ConflictTexts() {
	}

	/** "3 conflicts from 2 change sets of anna; nothing is applied until all are resolved". */
	static String summary(Merge merge) {
		int all = merge.conflicts().size();
		int open = merge.openConflicts().size();
		String from = "from " + count(merge.theirs().size(), "change set") + " of " + authors(merge.theirs());
		if (open == 0) {
			return "All " + count(all, "conflict") + " resolved: Apply brings in the " + count(merge.theirs().size(),
					"change set") + " of " + authors(merge.theirs()) + " and puts yours on top, in one go";
		}
		String conflicts = open == all ? count(all, "conflict") + " " : open + " of " + count(all, "conflict") + " open, ";
		return conflicts + from + "; nothing is applied until all are resolved";
	}

	static String count(int n, String noun) {
		return n + " " + noun + (n == 1 ? "" : "s");
	}

	/** "anna", "anna and ben", "anna, ben and carla". */
	static String authors(List<ChangeSet> changeSets) {
		List<String> names = changeSets.stream().map(ChangeSet::author).filter(Objects::nonNull).distinct().toList();
		if (names.isEmpty()) {
			return "the team";
		}
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	static String kind(Kind kind) {
		return switch (kind) {
			case BOTH_CHANGED -> "Both changed it";
			case THEY_DELETED -> "They deleted it";
			case I_DELETED -> "You deleted it";
		};
	}

	/** The decision on a conflict, as the view last made it. */
	static String resolution(Conflict conflict, Merge merge, Map<String, Side> chosen) {
		if (merge.openConflicts().contains(conflict)) {
			return "Open";
		}
		Side side = chosen.get(conflict.key());
		return side == Side.MINE ? "Keep mine" : side == Side.THEIRS ? "Take theirs" : "Resolved";
	}
}
