package io.cartograph.policy.lint;

import org.eclipse.emf.ecore.EObject;

/**
 * One thing the lint found.
 *
 * @param file    where, inside the bundle: {@code Policy/verifyKey.xml}, {@code APIProxyEndPoint/default.xml}
 * @param line    1-based, 0 when unknown
 * @param column  1-based, 0 when unknown
 * @param subject the Policy, Step or Flow it is about; may be null
 */
public record Finding(String ruleId, Severity severity, String message, String file, int line, int column,
		EObject subject) {

	/** {@code Policy/verifyKey.xml:3:5: error CG-SEC-006: message} */
	public String describe() {
		String place = file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
		return place + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " " + ruleId + ": " + message;
	}
}
