package io.cartograph.policy.types;

import io.cartograph.policy.xml.XmlProblem;

/** A problem of one policy file: what kind, and where with the message. */
public record PolicyProblem(Kind kind, XmlProblem problem) {

	public enum Kind {
		/** The text is not well-formed XML (or has a DOCTYPE). */
		MALFORMED_XML(false),
		/** The root element is not the policy's type. */
		WRONG_ROOT(false),
		/** An element the type does not know here; kept as it is. */
		UNKNOWN_ELEMENT(true),
		/** An attribute the type does not know here; kept as it is. */
		UNKNOWN_ATTRIBUTE(true),
		/** An element that may appear once appears again. */
		REPEATED(true),
		/** A required element or attribute is missing. */
		MISSING(false),
		/** A value of the wrong type (not a boolean, not a number, not one of the allowed values). */
		BAD_VALUE(false);

		private final boolean warning;

		Kind(boolean warning) {
			this.warning = warning;
		}

		public boolean warning() {
			return warning;
		}
	}

	public boolean warning() {
		return kind.warning();
	}
}
