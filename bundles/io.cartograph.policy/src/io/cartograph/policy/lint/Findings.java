package io.cartograph.policy.lint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.w3c.dom.Node;

import io.cartograph.policy.xml.SafeXml;
import io.cartograph.policy.xml.TextLocation;

/** Collects findings, leaving out disabled rules and applying the workspace's severities. */
final class Findings {

	final LintSettings settings;
	private final List<Finding> found = new ArrayList<>();

	Findings(LintSettings settings) {
		this.settings = settings;
	}

	void add(String ruleId, String message, String file, TextLocation location, EObject subject) {
		if (settings.enabled(ruleId)) {
			found.add(new Finding(ruleId, settings.severity(ruleId), message, file, location.line(), location.column(), subject));
		}
	}

	void add(String ruleId, String message, String file, Node where, EObject subject) {
		add(ruleId, message, file, where == null ? TextLocation.UNKNOWN : SafeXml.location(where), subject);
	}

	void add(String ruleId, String message, PlacedStep step) {
		add(ruleId, message, step.file(), step.location(), step.step());
	}

	/** By file, line, column, then rule: the order a reader goes through a bundle. */
	List<Finding> sorted() {
		List<Finding> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparingInt(Finding::column)
				.thenComparing(Finding::ruleId));
		return List.copyOf(sorted);
	}
}
