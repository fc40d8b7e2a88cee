package io.cartograph.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.LandscapePackage;

/**
 * What my pending changes and theirs touch, and where they collide. "Touch" means the object
 * changed, the container a new object goes into, and every object a value points to: a change
 * that points to a deleted object collides with the delete as much as one that edits it (but
 * removing a reference to it does not).
 */
final class MergeAnalysis {

	record FeatureKey(String object, String feature) {
	}

	final LandscapeModel model;
	final List<Change> mine;
	final List<Change> theirs;
	/** My deletes by UUID; they know where the object was. */
	final Map<String, Change> myDeletes = new LinkedHashMap<>();
	/** What they deleted, with everything those objects contain here. */
	final Set<String> theirDeleted = new LinkedHashSet<>();
	final Set<String> bothDeleted = new LinkedHashSet<>();
	/** Per object and feature: the first old and the last new value of a side's sets. */
	final Map<FeatureKey, Change> mySets = new LinkedHashMap<>();
	final Map<FeatureKey, Change> theirSets = new LinkedHashMap<>();

	MergeAnalysis(LandscapeModel model, List<Change> mine, List<Change> theirs) {
		this.model = model;
		this.mine = mine;
		this.theirs = theirs;
		// A delete followed by a create of the same object is a move to another container, not a delete.
		mine.stream().filter(c -> c.op() == ChangeOp.DELETE && model.find(c.object()).isEmpty())
				.forEach(c -> myDeletes.put(c.object(), c));
		Set<String> theirCreates = new java.util.HashSet<>();
		theirs.stream().filter(c -> c.op() == ChangeOp.CREATE).forEach(c -> theirCreates.add(c.object()));
		for (Change change : theirs) {
			if (change.op() == ChangeOp.DELETE && !theirCreates.contains(change.object())) {
				theirDeleted.add(change.object());
				model.find(change.object()).ifPresent(object -> object.eAllContents()
						.forEachRemaining(content -> theirDeleted.add(ModelValues.uuidOf(content))));
			}
		}
		theirDeleted.stream().filter(myDeletes::containsKey).forEach(bothDeleted::add);
		collectSets(mine, mySets);
		collectSets(theirs, theirSets);
	}

	private static void collectSets(List<Change> changes, Map<FeatureKey, Change> sets) {
		for (Change change : changes) {
			if (change.op() == ChangeOp.SET) {
				sets.merge(new FeatureKey(change.object(), change.feature()), change,
						(first, last) -> last.withOld(first.old()));
			}
		}
	}

	/** The root of what they deleted that holds {@code uuid}: the highest deleted container here. */
	String theirDeletedRoot(String uuid) {
		Optional<EObject> object = model.find(uuid);
		if (object.isEmpty()) {
			return uuid;
		}
		EObject root = object.get();
		for (EObject up = root.eContainer(); up != null && theirDeleted.contains(ModelValues.uuidOf(up)); up = up.eContainer()) {
			root = up;
		}
		return ModelValues.uuidOf(root);
	}

	/** The root of what I deleted that held {@code uuid}, following where my deletes say it was. */
	String myDeletedRoot(String uuid) {
		String root = uuid;
		while (myDeletes.containsKey(root) && myDeletes.get(root).container() != null
				&& myDeletes.containsKey(myDeletes.get(root).container())) {
			root = myDeletes.get(root).container();
		}
		return root;
	}

	/** UUIDs here in the tree of {@code root} (root first). */
	Set<String> localTree(String root) {
		Set<String> tree = new LinkedHashSet<>();
		tree.add(root);
		model.find(root).ifPresent(object -> object.eAllContents()
				.forEachRemaining(content -> tree.add(ModelValues.uuidOf(content))));
		return tree;
	}

	/** UUIDs of my deletes under {@code root} (root included). */
	Set<String> myDeletedTree(String root) {
		Set<String> tree = new LinkedHashSet<>();
		myDeletes.keySet().stream().filter(uuid -> myDeletedRoot(uuid).equals(root)).forEach(tree::add);
		return tree;
	}

	/** Objects the change edits, puts something into, or points to. */
	static List<String> touched(Change change) {
		List<String> uuids = new ArrayList<>();
		if (change.op() == ChangeOp.CREATE) {
			// The object itself counts for a move (delete and create of the same object).
			uuids.add(change.object());
			uuids.add(change.container());
			EClass type = eClass(change.objectType());
			if (type != null && change.value() != null) {
				change.value().fields().forEachRemaining(field -> {
					EStructuralFeature feature = type.getEStructuralFeature(field.getKey());
					uuids.addAll(ModelValues.referencedUuids(feature, field.getValue()));
				});
			}
			return uuids;
		}
		uuids.add(change.object());
		// Taking a reference out does not touch its target: it agrees with the target's delete.
		if (change.op() != ChangeOp.DELETE && change.op() != ChangeOp.REMOVE) {
			EClass type = eClass(change.objectType());
			EStructuralFeature feature = type == null || change.feature() == null ? null
					: type.getEStructuralFeature(change.feature());
			uuids.addAll(ModelValues.referencedUuids(feature, change.value()));
		}
		return uuids;
	}

	static boolean isReference(String objectType, String feature) {
		EClass type = eClass(objectType);
		return type != null && type.getEStructuralFeature(feature) instanceof EReference;
	}

	static EClass eClass(String name) {
		EClassifier type = name == null ? null : LandscapePackage.eINSTANCE.getEClassifier(name);
		return type instanceof EClass eClass ? eClass : null;
	}
}
