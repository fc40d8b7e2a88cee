package io.cartograph.policy.bundle;

import java.util.List;

import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.policy.xml.XmlProblem;

/**
 * A proxy read from a bundle and what was wrong with parts of it. A problem never loses content:
 * a file that did not parse keeps its raw text in the model.
 */
public record BundleImport(ApiProxy proxy, List<XmlProblem> problems) {

	public BundleImport {
		problems = List.copyOf(problems);
	}
}
