package io.cartograph.ui.policy.xml;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.Policy;
import io.cartograph.policy.lint.Finding;
import io.cartograph.policy.lint.PolicyLint;
import io.cartograph.policy.types.TypedPolicy;
import io.cartograph.policy.xml.XmlProblem;
import io.cartograph.policy.xml.XmlProblem;

/**
 * What is wrong with the text of a policy as it is typed, located in the text: XML errors (nothing
 * else can be checked in a policy that does not parse), what the policy's type says about its
 * elements, attributes and values, and the lint's findings about the policy in its proxy.
 */
final class PolicyChecks {

	private PolicyChecks() {
	}

	/**
	 * Typed-policy problems of the text, and, when the text is what the model holds (typing has
	 * settled into the policy), the lint's findings about this policy in its proxy.
	 */
	static List<PolicyProblem> check(Policy policy, String text) {
		List<PolicyProblem> problems = check(TypedPolicy.file(policy), policy.getType(), text);
		boolean current = text.equals(policy.getXml());
		if (!current || !(policy.eContainer() instanceof ApiProxy proxy)
				|| problems.stream().anyMatch(problem -> problem.severity() == PolicyProblem.Severity.ERROR)) {
			return problems;
		}
		ApiManagement workspace = proxy.eContainer() instanceof ApiManagement management ? management : null;
		String file = TypedPolicy.file(policy);
		for (Finding finding : PolicyLint.lint(proxy, workspace)) {
			if (finding.subject() == policy || (finding.subject() == null && file.equals(finding.file()))) {
				String message = finding.ruleId() + ": " + finding.message();
				if (problems.stream().noneMatch(problem -> problem.message().equals(finding.message()))) {
					problems.add(finding.line() > 0
							? located(text, new XmlProblem(file, finding.line(), finding.column(), message), severityOf(finding))
							: atRoot(text, message, severityOf(finding)));
				}
			}
		}
		return problems;
	}

	private static PolicyProblem.Severity severityOf(Finding finding) {
		return switch (finding.severity()) {
		case ERROR -> PolicyProblem.Severity.ERROR;
		case WARNING -> PolicyProblem.Severity.WARNING;
		case INFO -> PolicyProblem.Severity.INFO;
		};
	}

	/** A finding about the policy as a whole: marked on its root element's start tag. */
	private static PolicyProblem atRoot(String text, String message, PolicyProblem.Severity severity) {
		int start = 0;
		while ((start = text.indexOf('<', start)) >= 0 && start + 1 < text.length()
				&& (text.charAt(start + 1) == '?' || text.charAt(start + 1) == '!')) {
			start++;
		}
		if (start < 0) {
			return new PolicyProblem(severity, 0, Math.min(1, text.length()), message);
		}
		int end = text.indexOf('>', start);
		return new PolicyProblem(severity, start, (end < 0 ? text.length() : end + 1) - start, message);
	}

	static List<PolicyProblem> check(String name, String type, String text) {
		List<PolicyProblem> problems = new ArrayList<>();
		if (text.isBlank()) {
			problems.add(new PolicyProblem(PolicyProblem.Severity.WARNING, 0, 0, "The policy is empty."));
			return problems;
		}
		for (io.cartograph.policy.types.PolicyProblem found : TypedPolicy.parse(name, type, text).details()) {
			problems.add(located(text, found.problem(),
					found.warning() ? PolicyProblem.Severity.WARNING : PolicyProblem.Severity.ERROR));
		}
		return problems;
	}

	/**
	 * A problem at a line and column (1-based, as parsers count) as an offset and length: the
	 * word at that place, or the character before it when the parser stopped at a line's end.
	 */
	static PolicyProblem located(String text, XmlProblem problem, PolicyProblem.Severity severity) {
		if (problem.line() <= 0) {
			return new PolicyProblem(severity, 0, Math.min(1, text.length()), problem.message());
		}
		int offset = 0;
		for (int line = 1; line < problem.line() && offset >= 0; line++) {
			int newline = text.indexOf('\n', offset);
			offset = newline < 0 ? -1 : newline + 1;
		}
		if (offset < 0) {
			offset = text.length();
		}
		int lineEnd = text.indexOf('\n', offset);
		lineEnd = lineEnd < 0 ? text.length() : lineEnd;
		int at = Math.min(offset + Math.max(0, problem.column() - 1), lineEnd);
		if (at > 0 && text.charAt(at - 1) == '>') {
			// Elements are located just after their start tag: mark the tag.
			int open = text.lastIndexOf('<', at - 1);
			if (open >= 0) {
				return new PolicyProblem(severity, open, at - open, problem.message());
			}
		}
		int start = at;
		while (start > offset && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '>') {
			start--;
		}
		int end = at;
		while (end < lineEnd && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '<') {
			end++;
		}
		if (end == start) {
			start = Math.max(offset, at - 1);
			end = Math.min(lineEnd, start + 1);
		}
		return new PolicyProblem(severity, start, Math.max(0, end - start), problem.message());
	}
}
