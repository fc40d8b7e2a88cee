package io.cartograph.policy.xml;

/**
 * Something wrong with an XML file or a part of a bundle, and where: the file (a path inside the
 * bundle, or a name), 1-based line and column (0 when unknown).
 */
public record XmlProblem(String file, int line, int column, String message) {

	/** {@code Policy/verifyKey.xml:12:5: message} */
	public String describe() {
		return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message;
	}
}
