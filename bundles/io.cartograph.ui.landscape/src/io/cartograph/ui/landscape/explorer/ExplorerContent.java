package io.cartograph.ui.landscape.explorer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * What the explorer shows below each node, for one model. Children are kept as sorted snapshots
 * so that a tree with 100,000 interfaces asks for one row at a time without sorting again; a
 * change drops only the snapshots of the lists it touched.
 */
final class ExplorerContent {

	private static final Object[] NONE = {};

	private final LandscapeModel model;
	private final Map<Object, Object[]> snapshots = new HashMap<>();

	ExplorerContent(LandscapeModel model) {
		this.model = model;
	}

	LandscapeModel model() {
		return model;
	}

	/** The children of a node; null stands for the invisible root. */
	Object[] children(Object parent) {
		if (parent == null) {
			return ExplorerGroups.TOP.toArray();
		}
		return snapshots.computeIfAbsent(parent, this::compute);
	}

	/** How many children a node has, without sorting a large list to find out. */
	int childCount(Object node) {
		if (node instanceof ExplorerGroup group) {
			return switch (group.kind()) {
			case LIST -> group.objects(model).size();
			case FOLDER -> children(group).length;
			default -> 0;
			};
		}
		return children(node).length;
	}

	/** A group's label with its count ("Interfaces (312)"); an object's name. */
	String label(Object node) {
		if (node instanceof ExplorerGroup group) {
			return switch (group.kind()) {
			case LIST, PAGE -> group.label() + " (" + group.objects(model).size() + ")";
			default -> group.label();
			};
		}
		return ObjectLabels.text(node);
	}

	/** The node above, or null for the top level. */
	Object parent(Object node) {
		if (node instanceof ExplorerGroup group) {
			return group.parent();
		}
		if (node instanceof EObject object) {
			for (ExplorerGroup group : ExplorerGroups.ALL) {
				if (group.holds(model, object)) {
					return group.kind() == ExplorerGroup.Kind.SINGLE ? group.parent() : group;
				}
			}
			return object.eContainer();
		}
		return null;
	}

	private Object[] compute(Object parent) {
		if (parent instanceof ExplorerGroup group) {
			return switch (group.kind()) {
			case LIST -> sortedByLabel(group.objects(model));
			case FOLDER -> folderEntries(group);
			default -> NONE;
			};
		}
		if (parent instanceof EObject object
				&& model.adapterFactory().adapt(object, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider tree) {
			return tree.getChildren(object).stream().filter(ExplorerContent::isShownAsChild).toArray();
		}
		return NONE;
	}

	private Object[] folderEntries(ExplorerGroup folder) {
		List<Object> entries = new ArrayList<>();
		for (ExplorerGroup entry : folder.entries()) {
			if (entry.kind() == ExplorerGroup.Kind.SINGLE) {
				EObject single = entry.single(model);
				if (single != null) {
					entries.add(single);
				}
			} else {
				entries.add(entry);
			}
		}
		return entries.toArray();
	}

	/** Labels are worked out once per object, not once per comparison. */
	private static Object[] sortedByLabel(List<EObject> objects) {
		record Keyed(String key, EObject object) {
		}
		Keyed[] keyed = new Keyed[objects.size()];
		for (int i = 0; i < keyed.length; i++) {
			EObject object = objects.get(i);
			keyed[i] = new Keyed(ObjectLabels.text(object).toLowerCase(), object);
		}
		Arrays.sort(keyed, Comparator.comparing(Keyed::key));
		Object[] sorted = new Object[keyed.length];
		for (int i = 0; i < keyed.length; i++) {
			sorted[i] = keyed[i].object();
		}
		return sorted;
	}

	/** Property values, secrets and credentials are edited in their owner's editor, not shown as nodes. */
	private static boolean isShownAsChild(Object child) {
		return child instanceof EObject && !(child instanceof PropertyValue) && !(child instanceof SecretReference)
				&& !(child instanceof Authentication);
	}

	/**
	 * Forgets what a command may have changed: the lists that hold the affected objects (their
	 * order or labels may have changed) and the children of the objects themselves. Without
	 * affected objects, everything is forgotten.
	 */
	void forget(Collection<?> affected) {
		if (affected == null || affected.isEmpty()) {
			snapshots.clear();
			return;
		}
		for (Object thing : affected) {
			if (!(thing instanceof EObject object)) {
				snapshots.clear();
				return;
			}
			for (EObject level = object; level != null; level = level.eContainer()) {
				snapshots.remove(level);
				for (ExplorerGroup group : ExplorerGroups.ALL) {
					if (group.holds(model, level) || group.owner(model) == level) {
						snapshots.remove(group);
						if (group.parent() != null) {
							snapshots.remove(group.parent());
						}
					}
				}
			}
		}
	}

	/** Where the object is among its parent's children, or -1. */
	int indexOf(Object parent, Object child) {
		return Arrays.asList(children(parent)).indexOf(child);
	}
}
