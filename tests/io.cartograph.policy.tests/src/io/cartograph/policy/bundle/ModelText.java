package io.cartograph.policy.bundle;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.model.landscape.Named;

/**
 * A model tree as text, field by field, without UUIDs (new on every import) and with references
 * by name, so that two imports of the same bundle compare equal and a difference shows as a diff.
 */
final class ModelText {

	private ModelText() {
	}

	static String of(EObject object) {
		StringBuilder out = new StringBuilder();
		write(object, "", out, true);
		return out.toString();
	}

	/**
	 * Without the kept endpoint XML and descriptor: after an edit, export rewrites those texts, so
	 * the edited model and its re-import agree on every field but them.
	 */
	static String withoutKeptXml(EObject object) {
		StringBuilder out = new StringBuilder();
		write(object, "", out, false);
		return out.toString();
	}

	private static void write(EObject object, String indent, StringBuilder out, boolean keptXml) {
		out.append(indent).append(object.eClass().getName()).append('\n');
		for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("uuid") || !keptXml && (feature.getName().equals("descriptor")
					|| feature.getName().equals("xml") && object instanceof io.cartograph.model.landscape.Endpoint)) {
				continue;
			}
			Object value = object.eGet(feature);
			if (feature instanceof EAttribute) {
				out.append(indent).append("  ").append(feature.getName()).append(" = ").append(value).append('\n');
			} else if (feature instanceof EReference reference && reference.isContainment()) {
				for (Object child : values(value)) {
					out.append(indent).append("  ").append(feature.getName()).append(":\n");
					write((EObject) child, indent + "    ", out, keptXml);
				}
			} else if (feature instanceof EReference reference && !reference.isContainer()) {
				for (Object target : values(value)) {
					out.append(indent).append("  ").append(feature.getName()).append(" -> ")
							.append(target instanceof Named named ? named.getName() : String.valueOf(target)).append('\n');
				}
			}
		}
	}

	private static List<?> values(Object value) {
		if (value == null) {
			return List.of();
		}
		return value instanceof List<?> list ? list : List.of(value);
	}
}
