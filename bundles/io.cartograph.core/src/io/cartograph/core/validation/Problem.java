package io.cartograph.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * One thing validation found, as the Problems view and the CLI show it.
 *
 * @param severity ERROR, WARNING or INFO
 * @param message  what is wrong and what to do about it
 * @param object   the object at fault (double-click opens it); null if the diagnostic named none
 * @param feature  the field at fault, or null
 * @param check    the Cartograph rule, or null for EMF's own constraints
 * @param file     the model file holding the object ({@code interfaces.xmi}), or "" if unknown
 * @param path     the containers down to the object ({@code Data source 'X' > Authentication})
 */
public record Problem(Severity severity, String message, EObject object, EStructuralFeature feature, Check check,
		String file, String path) {

	public enum Severity {
		ERROR, WARNING, INFO
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code ERROR   interfaces.xmi  Interface 'X' > Property 'URL': message} */
	public String line() {
		return String.format("%-7s %s  %s: %s", severity, file.isEmpty() ? "-" : file, path, message);
	}
}
