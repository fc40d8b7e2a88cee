package io.cartograph.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.Problem.Severity;

/** Validates a whole landscape model, file by file, and lists the problems, errors first. */
public final class ModelValidation {

	private ModelValidation() {
	}

	public static List<Problem> validate(LandscapeModel model) {
		LandscapeDiagnostician diagnostician = new LandscapeDiagnostician();
		List<Problem> problems = new ArrayList<>();
		for (EObject root : model.roots()) {
			collect(diagnostician.validate(root), problems);
		}
		problems.sort(Comparator.comparing(Problem::severity));
		return problems;
	}

	/** The problems of one object and its contents (an editor checking what it shows). */
	public static List<Problem> validate(EObject object) {
		List<Problem> problems = new ArrayList<>();
		collect(new LandscapeDiagnostician().validate(object), problems);
		problems.sort(Comparator.comparing(Problem::severity));
		return problems;
	}

	public static boolean hasErrors(List<Problem> problems) {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** The diagnostician's result holds one child per finding (a finding's own children only detail it). */
	private static void collect(Diagnostic result, List<Problem> problems) {
		for (Diagnostic finding : result.getChildren()) {
			if (finding.getSeverity() != Diagnostic.OK) {
				problems.add(problem(finding));
			}
		}
	}

	private static Problem problem(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second : null;
		Check check = LandscapeValidation.SOURCE.equals(diagnostic.getSource()) ? Check.ofCode(diagnostic.getCode()) : null;
		Severity severity = switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
		case Diagnostic.WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		Resource resource = object == null ? null : object.eResource();
		String file = resource == null || resource.getURI() == null ? "" : resource.getURI().lastSegment();
		String path = object == null ? "" : ObjectLabels.path(object);
		return new Problem(severity, diagnostic.getMessage(), object, feature, check, file, path);
	}
}
