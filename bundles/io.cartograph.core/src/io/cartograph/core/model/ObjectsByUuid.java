package io.cartograph.core.model;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

import io.cartograph.model.landscape.Identified;
import io.cartograph.model.landscape.LandscapePackage;

/**
 * Keeps UUIDs present and unique while the model is edited: an object that joins the model
 * without a UUID gets one, and a copy that arrives with the UUID of an object still in the model
 * (copy and paste) gets a new one. An object that left the model and comes back (undo, redo, cut
 * and paste) keeps its UUID. The index is built on first need, so opening a workspace does not
 * pay for it.
 */
final class ObjectsByUuid {

	private final ResourceSet resources;
	private Map<String, EObject> index;

	ObjectsByUuid(ResourceSet resources) {
		this.resources = resources;
	}

	/** The object with this UUID that is part of the model now. */
	Optional<EObject> find(String uuid) {
		EObject object = index().get(uuid);
		return object != null && inModel(object) ? Optional.of(object) : Optional.empty();
	}

	/** Looks at a change of a model file for objects that joined and for UUIDs that changed. */
	void changed(Notification change) {
		Object feature = change.getFeature();
		if (feature == LandscapePackage.Literals.IDENTIFIED__UUID && change.getNewValue() instanceof String uuid
				&& change.getNotifier() instanceof EObject object) {
			index().put(uuid, object);
			return;
		}
		if (!(feature instanceof EReference reference) || !reference.isContainment()) {
			return;
		}
		switch (change.getEventType()) {
			case Notification.ADD, Notification.SET -> joined(change.getNewValue());
			case Notification.ADD_MANY -> ((Collection<?>) change.getNewValue()).forEach(this::joined);
			default -> {
				// Removals keep their index entries: an undo may bring the objects back.
			}
		}
	}

	private void joined(Object value) {
		if (value instanceof EObject object) {
			if (index == null) {
				build(object);
			}
			give(object);
			for (TreeIterator<EObject> contents = object.eAllContents(); contents.hasNext();) {
				give(contents.next());
			}
		}
	}

	private void give(EObject object) {
		if (!(object instanceof Identified identified)) {
			return;
		}
		String uuid = identified.getUuid();
		if (uuid == null || uuid.isEmpty()) {
			assign(identified);
			return;
		}
		EObject holder = index().get(uuid);
		if (holder != null && holder != object && inModel(holder)) {
			assign(identified);
			// The resource mapped the old UUID to the copy when the copy arrived; point it back.
			forgetIn(object.eResource(), uuid, object);
			idMap(holder.eResource()).ifPresent(map -> map.put(uuid, holder));
		} else {
			index().put(uuid, object);
		}
	}

	private static void forgetIn(Resource resource, String uuid, EObject object) {
		idMap(resource).ifPresent(map -> map.remove(uuid, object));
	}

	/** The resource's cache of objects by ID, which EMF leaves to us to correct. */
	private static Optional<Map<String, EObject>> idMap(Resource resource) {
		return resource instanceof ResourceImpl impl ? Optional.ofNullable(impl.getIntrinsicIDToEObjectMap())
				: Optional.empty();
	}

	/** Setting the UUID notifies {@link #changed}, which indexes it. */
	private void assign(Identified object) {
		String uuid = UUID.randomUUID().toString();
		object.setUuid(uuid);
		idMap(object.eResource()).ifPresent(map -> map.put(uuid, object));
	}

	private boolean inModel(EObject object) {
		Resource resource = object.eResource();
		return resource != null && resource.getResourceSet() == resources;
	}

	private Map<String, EObject> index() {
		if (index == null) {
			build(null);
		}
		return index;
	}

	/** Indexes the model except {@code newcomer}, which is judged against the rest. */
	private void build(EObject newcomer) {
		index = new HashMap<>();
		for (Resource resource : resources.getResources()) {
			for (TreeIterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
				EObject object = contents.next();
				if (object == newcomer) {
					contents.prune();
				} else if (object instanceof Identified identified && identified.getUuid() != null) {
					index.putIfAbsent(identified.getUuid(), object);
				}
			}
		}
	}
}
