package io.cartograph.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns the notifications of one command into changes. Containment is judged by where objects
 * are at the end: an object that joined is a create (with everything it contains), one that left
 * is a delete (its contents first, each its own delete, so that a merge sees every object that
 * went), one that left and came back elsewhere is both. Sets of one feature collapse to the first
 * old and the last new value. Changes come out as deletes, then creates (in the order of their
 * final positions, so that each lands where it ends up), then feature changes in the order they
 * happened: so an object moved to another container is taken out before it is put in again, and
 * references find new objects. (The applier keeps deleted objects at hand, so a later change may
 * still name one, e.g. to remove a reference to it.)
 */
final class ChangeCollector {

	/** Where an object was before the command, if it was in the model. */
	private record Origin(EObject container, EReference feature, int index) {
	}

	private record SetKey(EObject object, EStructuralFeature feature) {
	}

	private final SyncedFeatures synced;
	private final ResourceSet model;
	private final Map<EObject, Origin> origins = new IdentityHashMap<>();
	private final Set<EObject> touched = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final List<EObject> touchedInOrder = new ArrayList<>();
	private final List<Object> featureChanges = new ArrayList<>();
	private final Map<SetKey, JsonNode[]> sets = new LinkedHashMap<>();

	private ChangeCollector(SyncedFeatures synced, ResourceSet model) {
		this.synced = synced;
		this.model = model;
	}

	static List<Change> collect(List<Notification> notifications, SyncedFeatures synced, ResourceSet model) {
		ChangeCollector collector = new ChangeCollector(synced, model);
		notifications.forEach(collector::see);
		return collector.changes();
	}

	private void see(Notification n) {
		if (!(n.getNotifier() instanceof EObject owner) || !(n.getFeature() instanceof EStructuralFeature feature)) {
			return;
		}
		if (ModelValues.isContainment(feature)) {
			containment(owner, (EReference) feature, n);
		} else if (synced.synced(feature)) {
			featureChanges.add(n);
		}
	}

	private void containment(EObject owner, EReference feature, Notification n) {
		switch (n.getEventType()) {
			case Notification.SET, Notification.UNSET -> {
				left(n.getOldValue(), owner, feature, Notification.NO_INDEX);
				joined(n.getNewValue());
			}
			case Notification.ADD -> joined(n.getNewValue());
			case Notification.ADD_MANY -> ((Collection<?>) n.getNewValue()).forEach(this::joined);
			case Notification.REMOVE -> left(n.getOldValue(), owner, feature, n.getPosition());
			case Notification.REMOVE_MANY -> {
				int[] positions = n.getNewValue() instanceof int[] p ? p : null;
				int i = 0;
				for (Object old : (Collection<?>) n.getOldValue()) {
					left(old, owner, feature, positions == null ? Notification.NO_INDEX : positions[i]);
					i++;
				}
			}
			case Notification.MOVE -> featureChanges.add(n);
			default -> {
				// Nothing else changes containment.
			}
		}
	}

	private void left(Object value, EObject container, EReference feature, int index) {
		if (value instanceof EObject object && touched.add(object)) {
			touchedInOrder.add(object);
			origins.put(object, new Origin(container, feature, index));
		}
	}

	private void joined(Object value) {
		if (value instanceof EObject object && touched.add(object)) {
			touchedInOrder.add(object);
		}
	}

	private List<Change> changes() {
		List<Change> creates = new ArrayList<>();
		List<Change> deletes = new ArrayList<>();
		Set<EObject> created = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		Set<EObject> deleted = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		List<EObject> joined = new ArrayList<>();
		List<Change> positions = new ArrayList<>();
		for (EObject object : touchedInOrder) {
			Origin origin = origins.get(object);
			boolean inModel = inModel(object);
			boolean moved = origin != null && inModel
					&& (origin.container() != object.eContainer() || origin.feature() != object.eContainmentFeature());
			if (origin != null && (!inModel || moved)) {
				deleteTree(object, origin, deletes, deleted);
			}
			if (inModel && (origin == null || moved)) {
				joined.add(object);
			} else if (inModel && origin.feature().isMany()) {
				// Out and back into the same list: only its position may have changed.
				int index = ((List<?>) origin.container().eGet(origin.feature())).indexOf(object);
				if (index != origin.index()) {
					positions.add(Change.move(ModelValues.uuidOf(origin.container()), origin.container().eClass().getName(),
							origin.feature().getName(), ModelValues.encode(origin.feature(), object), index));
				}
			}
		}
		Set<EObject> joinedSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		joinedSet.addAll(joined);
		List<EObject> roots = new ArrayList<>(joined.stream().filter(object -> !insideAny(object, joinedSet)).toList());
		roots.sort(java.util.Comparator.comparingInt(ChangeCollector::finalIndex));
		for (EObject root : roots) {
			createTree(root, creates, created);
		}
		List<Change> changes = new ArrayList<>(deletes);
		changes.addAll(creates);
		for (Object change : featureChanges) {
			featureChange((Notification) change, created, deleted, changes);
		}
		sets.forEach((key, values) -> {
			if (!values[0].equals(values[1])) {
				changes.add(Change.set(ModelValues.uuidOf(key.object()), key.object().eClass().getName(),
						key.feature().getName(), values[1], values[0]));
			}
		});
		changes.addAll(positions);
		return changes;
	}

	private static int finalIndex(EObject object) {
		EReference feature = object.eContainmentFeature();
		return feature.isMany() ? ((List<?>) object.eContainer().eGet(feature)).indexOf(object) : 0;
	}

	private void createTree(EObject root, List<Change> creates, Set<EObject> created) {
		create(root, creates, created);
		for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
			create(contents.next(), creates, created);
		}
	}

	private void create(EObject object, List<Change> creates, Set<EObject> created) {
		if (!created.add(object)) {
			return;
		}
		EReference feature = object.eContainmentFeature();
		EObject container = object.eContainer();
		Integer index = feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : null;
		creates.add(Change.create(ModelValues.uuidOf(object), object.eClass().getName(), feature.getName(),
				ModelValues.uuidOf(container), ModelValues.attributes(object, synced), index));
	}

	/** Deletes of the object's contents, deepest first, then of the object. */
	private void deleteTree(EObject root, Origin origin, List<Change> deletes, Set<EObject> deleted) {
		List<EObject> tree = new ArrayList<>();
		tree.add(root);
		root.eAllContents().forEachRemaining(tree::add);
		for (int i = tree.size() - 1; i >= 0; i--) {
			EObject object = tree.get(i);
			if (!deleted.add(object)) {
				continue;
			}
			EObject container = i == 0 ? origin.container() : object.eContainer();
			EReference feature = i == 0 ? origin.feature() : object.eContainmentFeature();
			Integer index = i == 0 ? (origin.index() < 0 ? null : origin.index())
					: feature.isMany() ? ((List<?>) container.eGet(feature)).indexOf(object) : null;
			deletes.add(Change.delete(ModelValues.uuidOf(object), object.eClass().getName(),
					ModelValues.attributes(object, synced), ModelValues.uuidOf(container), feature.getName(), index));
		}
	}

	private void featureChange(Notification n, Set<EObject> created, Set<EObject> deleted, List<Change> out) {
		EObject owner = (EObject) n.getNotifier();
		EStructuralFeature feature = (EStructuralFeature) n.getFeature();
		if (created.contains(owner) || deleted.contains(owner) || !inModel(owner)) {
			// A create carries the final values; a delete makes the rest moot.
			return;
		}
		String uuid = ModelValues.uuidOf(owner);
		String type = owner.eClass().getName();
		String name = feature.getName();
		int position = n.getPosition();
		if (!feature.isMany()) {
			JsonNode[] values = sets.computeIfAbsent(new SetKey(owner, feature),
					key -> new JsonNode[] { ModelValues.encode(feature, n.getOldValue()), null });
			values[1] = ModelValues.encode(feature, n.getNewValue());
			return;
		}
		switch (n.getEventType()) {
			case Notification.ADD -> out.add(Change.add(uuid, type, name, ModelValues.encode(feature, n.getNewValue()),
					position < 0 ? null : position));
			case Notification.ADD_MANY -> {
				int i = 0;
				for (Object element : (Collection<?>) n.getNewValue()) {
					out.add(Change.add(uuid, type, name, ModelValues.encode(feature, element),
							position < 0 ? null : position + i++));
				}
			}
			case Notification.REMOVE -> out.add(Change.remove(uuid, type, name, ModelValues.encode(feature, n.getOldValue())));
			case Notification.REMOVE_MANY -> ((Collection<?>) n.getOldValue())
					.forEach(element -> out.add(Change.remove(uuid, type, name, ModelValues.encode(feature, element))));
			case Notification.MOVE -> out.add(Change.move(uuid, type, name, ModelValues.encode(feature, n.getNewValue()), position));
			case Notification.SET -> {
				// list.set(i, x): the old element goes, the new one takes its place.
				out.add(Change.remove(uuid, type, name, ModelValues.encode(feature, n.getOldValue())));
				out.add(Change.add(uuid, type, name, ModelValues.encode(feature, n.getNewValue()), position));
			}
			default -> {
				// UNSET of a list clears it through REMOVE_MANY; nothing else changes lists.
			}
		}
	}

	private static boolean insideAny(EObject object, Set<EObject> trees) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (trees.contains(container)) {
				return true;
			}
		}
		return false;
	}

	private boolean inModel(EObject object) {
		return object.eResource() != null && object.eResource().getResourceSet() == model;
	}
}
