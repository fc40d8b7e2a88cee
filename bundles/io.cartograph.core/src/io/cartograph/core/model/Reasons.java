package io.cartograph.core.model;

import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.xml.sax.SAXParseException;

/** Why a model file could not be read or written, in words for its owner. */
final class Reasons {

	private Reasons() {
	}

	static String of(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		if (cause instanceof PackageNotFoundException) {
			return "it is not a Cartograph model file";
		}
		String message = cause.getMessage() == null || cause.getMessage().isBlank()
				? cause.getClass().getSimpleName() : cause.getMessage().strip();
		if (message.startsWith("DOCTYPE is disallowed")) {
			return "it has a DOCTYPE declaration, which model files never have (it was not followed)";
		}
		if (cause instanceof XMIException problem) {
			// EMF appends "(location, line, column)"; the location is the file, already named.
			message = message.replace(" (" + problem.getLocation() + ", " + problem.getLine() + ", "
					+ problem.getColumn() + ")", "");
			return at(message, problem.getLine(), problem.getColumn());
		}
		if (cause instanceof SAXParseException problem) {
			return at(message, problem.getLineNumber(), problem.getColumnNumber());
		}
		return withoutFullStop(message);
	}

	private static String at(String message, int line, int column) {
		String text = withoutFullStop(message);
		return line > 0 ? text + " (line " + line + ", column " + column + ")" : text;
	}

	static String withoutFullStop(String message) {
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}
}
