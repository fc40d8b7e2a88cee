package io.cartograph.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.change.ChangeDescription;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.JsonNode;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Identified;
import io.cartograph.model.landscape.LandscapePackage;

/**
 * Applies changes to a landscape model, finding objects by UUID; all or nothing. The changes run
 * as one EMF command that is executed directly, not through the model's command stack: changes
 * that came from teammates must not be undone by this user's Ctrl+Z (that would quietly revert
 * someone else's work, and the undo would itself be synced). The user's own history stays as it
 * is. When a change cannot be applied (an unknown object, type or field), everything applied so
 * far is rolled back with the EMF change description, and a {@link SyncException} says which
 * change failed.
 */
final class ChangeApplier extends AbstractCommand {

	/** Whether an element of a list was added by this client and is not on the server yet. */
	@FunctionalInterface
	interface LocalElements {
		LocalElements NONE = (owner, feature, element) -> false;

		boolean test(EObject owner, EStructuralFeature feature, Object element);
	}

	private final LandscapeModel model;
	private final List<Change> changes;
	private final ForwardRecorder recorder;
	private final LocalElements local;
	private final Map<String, EObject> detached = new HashMap<>();
	private final List<Runnable> references = new ArrayList<>();

	private ChangeApplier(LandscapeModel model, List<Change> changes, ForwardRecorder recorder, LocalElements local) {
		super("Apply changes from the team server");
		this.model = model;
		this.changes = changes;
		this.recorder = recorder;
		this.local = local;
	}

	/**
	 * Applies the changes in order. {@code recorder} must be recording the model; it gives the
	 * way back when something fails.
	 */
	static void apply(LandscapeModel model, List<Change> changes, ForwardRecorder recorder, LocalElements local) {
		recorder.takeDescription();
		ChangeApplier command = new ChangeApplier(model, changes, recorder, local);
		command.execute();
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		try {
			for (Change change : changes) {
				try {
					apply(change);
				} catch (SyncException e) {
					throw new SyncException("Cannot apply \"" + change.op().wireName() + " " + change.objectType()
							+ " " + change.object() + (change.feature() == null ? "" : " " + change.feature())
							+ "\": " + e.getMessage() + ". Nothing was applied.", e);
				}
			}
			references.forEach(Runnable::run);
		} catch (RuntimeException e) {
			ChangeDescription back = recorder.takeDescription();
			back.apply();
			throw e instanceof SyncException ? e
					: new SyncException("Applying changes from the server failed (" + e + "). Nothing was applied.", e);
		}
	}

	@Override
	public boolean canUndo() {
		return false;
	}

	@Override
	public void redo() {
		throw new UnsupportedOperationException("Changes from the server are not redone");
	}

	private void apply(Change change) {
		switch (change.op()) {
			case CREATE -> create(change);
			case DELETE -> delete(change);
			case SET -> set(change);
			case ADD -> add(change);
			case REMOVE -> remove(change);
			case MOVE -> move(change);
		}
	}

	private void create(Change change) {
		if (model.find(change.object()).isPresent()) {
			throw new SyncException("an object with this UUID exists already");
		}
		EObject container = object(change.container());
		EReference containment = reference(container.eClass(), change.feature());
		EObject object = detached.remove(change.object());
		if (object == null) {
			EClassifier type = LandscapePackage.eINSTANCE.getEClassifier(change.objectType());
			if (!(type instanceof EClass eClass) || eClass.isAbstract()) {
				throw new SyncException("\"" + change.objectType() + "\" is not a kind of object this Cartograph knows");
			}
			object = EcoreUtil.create(eClass);
			((Identified) object).setUuid(change.object());
		}
		EObject created = object;
		if (change.value() != null && change.value().isObject()) {
			change.value().fields().forEachRemaining(field -> {
				EStructuralFeature feature = feature(created.eClass(), field.getKey());
				if (feature instanceof EReference) {
					references.add(() -> setWhole(created, feature, field.getValue()));
				} else {
					setWhole(created, feature, field.getValue());
				}
			});
		}
		if (containment.isMany()) {
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) container.eGet(containment);
			list.add(position(container, containment, list, change.index()), object);
		} else {
			container.eSet(containment, object);
		}
	}

	private void delete(Change change) {
		EObject object = object(change.object());
		// Kept aside: a create of the same UUID later in the changes is a move.
		detached.put(change.object(), object);
		EcoreUtil.remove(object);
	}

	private void set(Change change) {
		EObject object = object(change.object());
		EStructuralFeature feature = feature(object.eClass(), change.feature());
		setWhole(object, feature, change.value());
	}

	private void setWhole(EObject object, EStructuralFeature feature, JsonNode value) {
		if (value == null || value.isNull()) {
			object.eUnset(feature);
		} else if (feature.isMany()) {
			List<Object> elements = new ArrayList<>();
			value.forEach(element -> elements.add(ModelValues.decode(feature, element, this::object)));
			@SuppressWarnings("unchecked")
			EList<Object> list = (EList<Object>) object.eGet(feature);
			list.clear();
			list.addAll(elements);
		} else {
			object.eSet(feature, ModelValues.decode(feature, value, this::object));
		}
	}

	private void add(Change change) {
		EObject object = object(change.object());
		EStructuralFeature feature = many(object, change.feature());
		Object element = ModelValues.decode(feature, change.value(), this::object);
		EList<Object> list = list(object, feature);
		if (feature.isUnique() && list.contains(element)) {
			return;
		}
		list.add(position(object, feature, list, change.index()), element);
	}

	private void remove(Change change) {
		EObject object = object(change.object());
		EStructuralFeature feature = many(object, change.feature());
		// A deleted object may still be named here (a reference to it going); already gone
		// (both sides removed it): nothing to do.
		Object element = ModelValues.decode(feature, change.value(),
				uuid -> model.find(uuid).orElseGet(() -> detached.get(uuid)));
		list(object, feature).remove(element);
	}

	private void move(Change change) {
		EObject object = object(change.object());
		EStructuralFeature feature = many(object, change.feature());
		Object element = ModelValues.decode(feature, change.value(), this::object);
		EList<Object> list = list(object, feature);
		int from = list.indexOf(element);
		if (from < 0) {
			throw new SyncException("the element to move is not in the list");
		}
		list.remove(from);
		list.add(position(object, feature, list, change.index()), element);
	}

	/**
	 * Where an element that the server put at {@code index} goes here: after {@code index} of
	 * the elements the server knows, and before elements added here and not pushed yet (theirs
	 * first, then mine).
	 */
	private int position(EObject owner, EStructuralFeature feature, List<?> list, Integer index) {
		if (index == null) {
			return list.size();
		}
		if (local == LocalElements.NONE) {
			return Math.min(index, list.size());
		}
		int position = 0;
		int shared = 0;
		for (Iterator<?> elements = list.iterator(); elements.hasNext() && shared < index; position++) {
			if (!local.test(owner, feature, elements.next())) {
				shared++;
			}
		}
		return Math.min(position, list.size());
	}

	private EObject object(String uuid) {
		Optional<EObject> found = model.find(uuid);
		if (found.isEmpty()) {
			throw new SyncException("there is no object " + uuid + " in this workspace");
		}
		return found.get();
	}

	@SuppressWarnings("unchecked")
	private static EList<Object> list(EObject object, EStructuralFeature feature) {
		return (EList<Object>) object.eGet(feature);
	}

	private static EStructuralFeature many(EObject object, String name) {
		EStructuralFeature feature = feature(object.eClass(), name);
		if (!feature.isMany()) {
			throw new SyncException("the field " + name + " holds one value, not a list");
		}
		return feature;
	}

	private static EReference reference(EClass type, String name) {
		if (feature(type, name) instanceof EReference reference && reference.isContainment()) {
			return reference;
		}
		throw new SyncException("a " + type.getName() + " does not contain objects in " + name);
	}

	private static EStructuralFeature feature(EClass type, String name) {
		EStructuralFeature feature = name == null ? null : type.getEStructuralFeature(name);
		if (feature == null) {
			throw new SyncException("a " + type.getName() + " has no field " + name);
		}
		return feature;
	}
}
