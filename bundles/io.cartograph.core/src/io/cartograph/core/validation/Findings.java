package io.cartograph.core.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Where the rules put what they find: diagnostics whose data is the object and the feature at
 * fault, so that the Problems view can open the object and select the field.
 */
final class Findings {

	private final DiagnosticChain chain;
	private boolean clean = true;

	Findings(DiagnosticChain chain) {
		this.chain = chain;
	}

	void report(Check check, EObject object, EStructuralFeature feature, String message) {
		report(check, check.severity(), object, feature, message);
	}

	void report(Check check, int severity, EObject object, EStructuralFeature feature, String message) {
		if (severity == Diagnostic.ERROR) {
			clean = false;
		}
		if (chain != null) {
			Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
			chain.add(new BasicDiagnostic(severity, LandscapeValidation.SOURCE, check.code(), message, data));
		}
	}

	/** False once an error was reported (warnings keep an object valid). */
	boolean clean() {
		return clean;
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
