package io.cartograph.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.sync.Conflict.Kind;
import io.cartograph.sync.Conflict.Side;
import io.cartograph.sync.MergeAnalysis.FeatureKey;

/**
 * Brings their change sets (revisions after my base) into a workspace that has pending change
 * sets of its own. Changes to different objects, or to different fields of one object, merge by
 * themselves; when both sides add to the same list, both elements stay, theirs first and then
 * mine (their index counts only elements the server knows, so mine move behind). Both sides
 * deleting the same object is no conflict. A conflict is: the same field of the same object set
 * to different values; my change to (or reference to) an object they deleted; their change to (or
 * reference to) an object I deleted. The conflicts of a delete are one per deleted tree.
 * <p>
 * Nothing is applied while a conflict is open. Once each is resolved, {@link #outcome} gives what
 * to apply here (theirs, minus what lost) and my change sets rebased on their head (minus what
 * lost, with list positions recounted).
 */
public final class Merge {

	private final MergeAnalysis analysis;
	private final List<ChangeSet> mine;
	private final List<ChangeSet> theirs;
	private final ConflictLabels labels;
	private final Map<String, Conflict> conflicts = new LinkedHashMap<>();
	private final Map<String, Side> resolutions = new LinkedHashMap<>();

	private Merge(LandscapeModel model, List<ChangeSet> mine, List<ChangeSet> theirs) {
		this.mine = List.copyOf(mine);
		this.theirs = List.copyOf(theirs);
		this.labels = new ConflictLabels(model);
		this.analysis = new MergeAnalysis(model, flatten(mine), flatten(theirs));
		findConflicts();
	}

	/** {@code mine}: pending here, oldest first; {@code theirs}: pulled, by revision. */
	public static Merge of(LandscapeModel model, List<ChangeSet> mine, List<ChangeSet> theirs) {
		return new Merge(model, mine, theirs);
	}

	private static List<Change> flatten(List<ChangeSet> changeSets) {
		return changeSets.stream().flatMap(set -> set.changes().stream()).toList();
	}

	private void findConflicts() {
		analysis.mySets.forEach((key, my) -> {
			Change their = analysis.theirSets.get(key);
			if (their != null && !my.value().equals(their.value())) {
				boolean reference = MergeAnalysis.isReference(my.objectType(), my.feature());
				conflicts.put("both:" + key.object() + ":" + key.feature(), new Conflict(
						"both:" + key.object() + ":" + key.feature(), Kind.BOTH_CHANGED,
						labels.object(key.object(), my.objectType(), null), ConflictLabels.field(key.feature()),
						labels.value(their.old(), reference), labels.value(my.value(), reference),
						labels.value(their.value(), reference)));
			}
		});
		for (Change change : analysis.mine) {
			if (change.op() == ChangeOp.DELETE) {
				continue;
			}
			for (String uuid : MergeAnalysis.touched(change)) {
				if (analysis.theirDeleted.contains(uuid) && !analysis.myDeletes.containsKey(uuid)) {
					String root = analysis.theirDeletedRoot(uuid);
					conflicts.computeIfAbsent("they-deleted:" + root, key -> deleteConflict(key, Kind.THEY_DELETED, root,
							null, null, what(analysis.mine, analysis.localTree(root)), "Deleted"));
				}
			}
		}
		for (Change change : analysis.theirs) {
			if (change.op() == ChangeOp.DELETE) {
				continue;
			}
			for (String uuid : MergeAnalysis.touched(change)) {
				if (analysis.myDeletes.containsKey(uuid) && !analysis.theirDeleted.contains(uuid)) {
					String root = analysis.myDeletedRoot(uuid);
					Change delete = analysis.myDeletes.get(root);
					conflicts.computeIfAbsent("i-deleted:" + root, key -> deleteConflict(key, Kind.I_DELETED, root,
							delete.objectType(), delete.old(), "Deleted",
							what(analysis.theirs, analysis.myDeletedTree(root))));
				}
			}
		}
	}

	private Conflict deleteConflict(String key, Kind kind, String root, String type, com.fasterxml.jackson.databind.JsonNode old,
			String mineText, String theirsText) {
		return new Conflict(key, kind, labels.object(root, type, old), "Whole object", "Present", mineText, theirsText);
	}

	/** "Changed description, owner" or "Added Interface" for the changes touching a tree. */
	private static String what(List<Change> changes, Set<String> tree) {
		Set<String> parts = new java.util.LinkedHashSet<>();
		for (Change change : changes) {
			if (MergeAnalysis.touched(change).stream().anyMatch(tree::contains)) {
				parts.add(change.op() == ChangeOp.CREATE ? "added " + change.objectType()
						: "changed " + (change.feature() == null ? "it" : ConflictLabels.field(change.feature()).toLowerCase()));
			}
		}
		String text = String.join(", ", parts);
		return text.isEmpty() ? "Changed" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	public List<Conflict> conflicts() {
		return List.copyOf(conflicts.values());
	}

	/** The conflicts not resolved yet. */
	public List<Conflict> openConflicts() {
		return conflicts.values().stream().filter(c -> !resolutions.containsKey(c.key())).toList();
	}

	public void resolve(Conflict conflict, Side side) {
		if (!conflicts.containsKey(conflict.key())) {
			throw new IllegalArgumentException("Not a conflict of this merge: " + conflict);
		}
		resolutions.put(conflict.key(), side);
	}

	/** Resolves every conflict (still open or not) for one side. */
	public void resolveAll(Side side) {
		conflicts.keySet().forEach(key -> resolutions.put(key, side));
	}

	public boolean isResolved() {
		return openConflicts().isEmpty();
	}

	/** Their change sets, pulled; for showing what comes in. */
	public List<ChangeSet> theirs() {
		return theirs;
	}

	/**
	 * What to do once every conflict is resolved.
	 *
	 * @param head the server revision their change sets lead to; my change sets are rebased on it
	 * @throws IllegalStateException while a conflict is open
	 */
	public MergeOutcome outcome(long head) {
		if (!isResolved()) {
			throw new IllegalStateException(openConflicts().size() + " conflicts are not resolved yet");
		}
		// Their deletes not done here, their changes that cannot apply here (their objects are gone
		// here), my deletes and my changes that lost.
		Set<String> keptHere = new HashSet<>(analysis.bothDeleted);
		Set<String> goneHere = new HashSet<>(analysis.bothDeleted);
		Set<String> myDeletesLost = new HashSet<>(analysis.bothDeleted);
		Set<String> goneThere = new HashSet<>();
		Set<FeatureKey> theirSetsLost = new HashSet<>();
		Set<FeatureKey> mySetsLost = new HashSet<>();
		List<String> recreate = new ArrayList<>();
		List<Change> restores = new ArrayList<>();
		analysis.mySets.forEach((key, my) -> {
			Change their = analysis.theirSets.get(key);
			if (their != null && my.value().equals(their.value())) {
				mySetsLost.add(key);
			}
		});
		resolutions.forEach((key, side) -> {
			String about = key.substring(key.indexOf(':') + 1);
			switch (conflicts.get(key).kind()) {
				case BOTH_CHANGED -> {
					FeatureKey feature = new FeatureKey(about.substring(0, about.indexOf(':')),
							about.substring(about.indexOf(':') + 1));
					(side == Side.MINE ? theirSetsLost : mySetsLost).add(feature);
				}
				case THEY_DELETED -> {
					Set<String> tree = analysis.localTree(about);
					if (side == Side.MINE) {
						// Kept here and created again on the server before my changes to it.
						keptHere.addAll(tree);
						recreate.add(about);
					} else {
						goneThere.addAll(tree);
					}
				}
				case I_DELETED -> {
					Set<String> tree = analysis.myDeletedTree(about);
					if (side == Side.MINE) {
						goneHere.addAll(tree);
					} else {
						// Brought back here from what my deletes kept, parents first.
						myDeletesLost.addAll(tree);
						List<Change> deletes = new ArrayList<>(tree.stream().map(analysis.myDeletes::get).toList());
						java.util.Collections.reverse(deletes);
						deletes.forEach(delete -> restores.add(Change.create(delete.object(), delete.objectType(),
								delete.feature(), delete.container(), delete.old(), delete.index())));
					}
				}
			}
		});
		List<Change> toApply = new ArrayList<>(restores);
		for (Change change : analysis.theirs) {
			boolean skip = switch (change.op()) {
				case DELETE -> keptHere.contains(change.object()) || goneHere.contains(change.object());
				case SET -> theirSetsLost.contains(new FeatureKey(change.object(), change.feature()))
						|| MergeAnalysis.touched(change).stream().anyMatch(goneHere::contains);
				default -> MergeAnalysis.touched(change).stream().anyMatch(goneHere::contains);
			};
			if (!skip) {
				toApply.add(change.op() == ChangeOp.CREATE ? withoutMySets(change, mySetsLost) : change);
			}
		}
		List<ChangeSet> rebased = new ArrayList<>();
		for (ChangeSet set : mine) {
			List<Change> kept = set.changes().stream()
					.filter(change -> switch (change.op()) {
						case DELETE -> !myDeletesLost.contains(change.object()) && !goneThere.contains(change.object());
						case SET -> !mySetsLost.contains(new FeatureKey(change.object(), change.feature()))
								&& MergeAnalysis.touched(change).stream().noneMatch(goneThere::contains);
						default -> MergeAnalysis.touched(change).stream().noneMatch(goneThere::contains);
					})
					.map(change -> withTheirValueAsOld(change, theirSetsLost))
					.collect(Collectors.toList());
			if (!kept.isEmpty()) {
				rebased.add(set.withChanges(kept).withBaseRevision(head));
			}
		}
		return new MergeOutcome(analysis.model, toApply, rebased, recreate, analysis.mine, head);
	}

	/**
	 * Their create of an object I changed (they moved it to another container) carries their
	 * values of fields my pending sets change afterwards on the server: here, mine stay.
	 */
	private Change withoutMySets(Change create, Set<FeatureKey> mySetsLost) {
		if (!(create.value() instanceof com.fasterxml.jackson.databind.node.ObjectNode attributes)) {
			return create;
		}
		com.fasterxml.jackson.databind.node.ObjectNode kept = attributes.deepCopy();
		analysis.mySets.keySet().stream()
				.filter(key -> key.object().equals(create.object()) && !mySetsLost.contains(key))
				.forEach(key -> kept.remove(key.feature()));
		return new Change(create.op(), create.object(), create.objectType(), create.feature(), create.container(), kept,
				create.old(), create.index());
	}

	/** My set that won: its base is now their value. */
	private Change withTheirValueAsOld(Change change, Set<FeatureKey> theirSetsLost) {
		FeatureKey key = new FeatureKey(change.object(), change.feature());
		if (change.op() == ChangeOp.SET && theirSetsLost.contains(key)) {
			return change.withOld(analysis.theirSets.get(key).value());
		}
		return change;
	}
}
