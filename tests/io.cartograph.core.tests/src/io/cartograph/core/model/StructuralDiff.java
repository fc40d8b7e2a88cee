package io.cartograph.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.cartograph.model.landscape.Identified;

/**
 * Compares two object trees from two separately loaded models: attributes by value, contained
 * objects by position, references by the UUID and file of their target. Says where they differ.
 */
final class StructuralDiff {

	private final LandscapeModel left;
	private final LandscapeModel right;
	private final List<String> differences = new ArrayList<>();

	private StructuralDiff(LandscapeModel left, LandscapeModel right) {
		this.left = left;
		this.right = right;
	}

	/** Every difference between the two models, file by file; empty when they are the same. */
	static List<String> between(LandscapeModel left, LandscapeModel right) {
		StructuralDiff diff = new StructuralDiff(left, right);
		for (ModelFile file : ModelFile.values()) {
			diff.compare(file.fileName(), left.resource(file).getContents().get(0),
					right.resource(file).getContents().get(0));
		}
		return diff.differences;
	}

	private void compare(String path, EObject a, EObject b) {
		if (a.eClass() != b.eClass()) {
			differences.add(path + ": " + a.eClass().getName() + " became " + b.eClass().getName());
			return;
		}
		String here = path + "/" + a.eClass().getName();
		for (EAttribute attribute : a.eClass().getEAllAttributes()) {
			if (!Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
				differences.add(here + "." + attribute.getName() + ": " + a.eGet(attribute) + " became "
						+ b.eGet(attribute));
			}
		}
		for (EReference reference : a.eClass().getEAllReferences()) {
			if (reference.isContainer()) {
				continue;
			}
			List<EObject> as = values(a, reference);
			List<EObject> bs = values(b, reference);
			if (as.size() != bs.size()) {
				differences.add(here + "." + reference.getName() + ": " + as.size() + " objects became " + bs.size());
				continue;
			}
			for (int i = 0; i < as.size(); i++) {
				if (reference.isContainment()) {
					compare(here + "." + reference.getName() + "[" + i + "]", as.get(i), bs.get(i));
				} else {
					compareTarget(here + "." + reference.getName() + "[" + i + "]", as.get(i), bs.get(i));
				}
			}
		}
	}

	private void compareTarget(String path, EObject a, EObject b) {
		if (b.eIsProxy()) {
			differences.add(path + ": the reference to " + uuid(a) + " does not resolve");
			return;
		}
		if (!Objects.equals(uuid(a), uuid(b))) {
			differences.add(path + ": refers to " + uuid(b) + " instead of " + uuid(a));
		}
		if (!Objects.equals(left.fileOf(a), right.fileOf(b))) {
			differences.add(path + ": target moved from " + left.fileOf(a) + " to " + right.fileOf(b));
		}
	}

	private static String uuid(EObject object) {
		return object instanceof Identified identified ? identified.getUuid() : String.valueOf(object);
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}
}
