package io.cartograph.policy.xml;

/** XML that could not be read, with where it went wrong. */
public final class XmlParseException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient XmlProblem problem;

	public XmlParseException(XmlProblem problem, Throwable cause) {
		super(problem.describe(), cause);
		this.problem = problem;
	}

	public XmlProblem problem() {
		return problem;
	}
}
