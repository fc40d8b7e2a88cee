package io.cartograph.core.model;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.model.landscape.LandscapePackage;

/**
 * Fills a landscape model with at least one object of every concrete class of the landscape
 * package, found by walking the containment references from the files' roots, so that a class
 * added to the .ecore is covered without touching the tests. Every attribute gets a value that
 * is not its default, every reference a target (preferably in another file).
 */
final class EveryClass {

	/** Text that XMI has to escape: markup, quotes, line breaks, tabs, surrounding blanks, non-ASCII. */
	static final String AWKWARD = " <Müller & Söhne> \"quoted\" 'single'\n\tnext line ";

	private final Map<EClass, List<EObject>> byClass = new LinkedHashMap<>();
	private int counter;

	private EveryClass() {
	}

	/** Adds the objects to the model's roots (outside commands) and returns them by class. */
	static Map<EClass, List<EObject>> fill(LandscapeModel model) {
		EveryClass filler = new EveryClass();
		for (EObject root : model.roots()) {
			filler.remember(root);
			filler.setAttributes(root);
			filler.addChildren(root, new LinkedHashSet<>());
		}
		for (EObject root : model.roots()) {
			for (TreeIterator<EObject> contents = root.eAllContents(); contents.hasNext();) {
				filler.setReferences(contents.next());
			}
		}
		return filler.byClass;
	}

	/** Every class a workspace can hold. */
	static List<EClass> concreteClasses() {
		List<EClass> classes = new ArrayList<>();
		for (EClassifier classifier : LandscapePackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && !type.isInterface()) {
				classes.add(type);
			}
		}
		return classes;
	}

	private void addChildren(EObject parent, Set<EClass> path) {
		for (EReference containment : parent.eClass().getEAllContainments()) {
			if (!containment.isChangeable() || containment.isDerived()) {
				continue;
			}
			for (EClass type : concreteSubtypes(containment.getEReferenceType())) {
				if (path.contains(type)) {
					continue; // a containment cycle would never end
				}
				int copies = containment.isMany() ? 2 : 1;
				for (int copy = 0; copy < copies; copy++) {
					EObject child = type.getEPackage().getEFactoryInstance().create(type);
					setAttributes(child);
					if (containment.isMany()) {
						list(parent, containment).add(child);
					} else {
						parent.eSet(containment, child);
					}
					remember(child);
					Set<EClass> deeper = new LinkedHashSet<>(path);
					deeper.add(type);
					addChildren(child, deeper);
				}
				if (!containment.isMany()) {
					break;
				}
			}
		}
	}

	private void remember(EObject object) {
		byClass.computeIfAbsent(object.eClass(), type -> new ArrayList<>()).add(object);
	}

	private void setAttributes(EObject object) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (!attribute.isChangeable() || attribute.isDerived() || attribute.isTransient()) {
				continue;
			}
			if (attribute == LandscapePackage.Literals.IDENTIFIED__UUID) {
				continue; // the model gives UUIDs
			}
			if (attribute.isMany()) {
				EList<Object> values = list(object, attribute);
				values.add(value(attribute, 1));
				values.add(value(attribute, 2));
			} else {
				object.eSet(attribute, value(attribute, 1));
			}
		}
	}

	private Object value(EAttribute attribute, int which) {
		EDataType type = attribute.getEAttributeType();
		int n = ++counter;
		if (type instanceof EEnum enumeration) {
			List<Object> choices = new ArrayList<>();
			for (EEnumLiteral literal : enumeration.getELiterals()) {
				if (!literal.getInstance().equals(attribute.getDefaultValue())) {
					choices.add(literal.getInstance());
				}
			}
			return choices.get(choices.size() - 1 - (which - 1) % choices.size());
		}
		Class<?> java = type.getInstanceClass();
		if (java == String.class) {
			return attribute.getEContainingClass().getName() + "." + attribute.getName() + "#" + n + AWKWARD;
		}
		if (java == boolean.class || java == Boolean.class) {
			Object defaultValue = attribute.getDefaultValue();
			return !Boolean.TRUE.equals(defaultValue);
		}
		if (java == int.class || java == Integer.class) {
			return 1000 + n;
		}
		if (java == long.class || java == Long.class) {
			return 1_000_000L + n;
		}
		if (java == double.class || java == Double.class) {
			return n + 0.25;
		}
		if (java == Date.class) {
			return new Date(1_700_000_000_123L + n * 86_400_000L);
		}
		throw new IllegalStateException("No test value for " + attribute.getEContainingClass().getName() + "."
				+ attribute.getName() + " of type " + java + ": teach EveryClass about it");
	}

	private void setReferences(EObject object) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || !reference.isChangeable()
					|| reference.isDerived() || reference.isTransient()) {
				continue;
			}
			List<EObject> targets = targetsFor(object, reference.getEReferenceType());
			if (targets.isEmpty()) {
				throw new IllegalStateException("Nothing in the model to refer to from "
						+ object.eClass().getName() + "." + reference.getName());
			}
			if (reference.isMany()) {
				list(object, reference).addAll(targets.subList(0, Math.min(2, targets.size())));
			} else {
				object.eSet(reference, targets.get(0));
			}
		}
	}

	/** Objects of the type, those in another file than {@code from} first. */
	private List<EObject> targetsFor(EObject from, EClass type) {
		List<EObject> elsewhere = new ArrayList<>();
		List<EObject> here = new ArrayList<>();
		byClass.forEach((eClass, objects) -> {
			if (type.isSuperTypeOf(eClass)) {
				for (EObject candidate : objects) {
					(candidate.eResource() == from.eResource() ? here : elsewhere).add(candidate);
				}
			}
		});
		elsewhere.addAll(here);
		return elsewhere;
	}

	private static List<EClass> concreteSubtypes(EClass type) {
		List<EClass> subtypes = new ArrayList<>();
		for (EClass candidate : concreteClasses()) {
			if (type.isSuperTypeOf(candidate)) {
				subtypes.add(candidate);
			}
		}
		return subtypes;
	}

	@SuppressWarnings("unchecked")
	private static EList<Object> list(EObject object, EStructuralFeature feature) {
		return (EList<Object>) object.eGet(feature);
	}
}
