package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cartograph.core.CartographVersion;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.ApiManagement;
import io.cartograph.policy.bundle.BundleException;
import io.cartograph.policy.bundle.BundleImport;
import io.cartograph.policy.bundle.ProxyBundles;
import io.cartograph.policy.lint.Finding;
import io.cartograph.policy.lint.LintReport;
import io.cartograph.policy.lint.LintRules;
import io.cartograph.policy.lint.LintSettings;
import io.cartograph.policy.lint.PolicyLint;
import io.cartograph.policy.lint.Severity;
import io.cartograph.policy.xml.XmlProblem;

/**
 * {@code cartograph cli policy lint PATH... [--workspace DIR] [--format text|json|sarif] [--max-warnings N]}:
 * lints SAP and Apigee proxy bundles (zip or folder). Exit 1 when there is an error (a finding of
 * severity error, or a bundle that cannot be read) or more warnings than allowed; 0 otherwise.
 */
final class PolicyLintCommand implements CliCommand {

	@Override
	public String name() {
		return "policy lint";
	}

	@Override
	public String summary() {
		return "Lint API proxy bundles (SAP or Apigee, zip or folder); exit 1 on errors or too many warnings";
	}

	@Override
	public String operands() {
		return "PATH...";
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.optional("--workspace", "DIR", "take key value maps, API providers and lint settings from this workspace"),
				CliOption.optional("--format", "FORMAT", "text (default), json or sarif (SARIF 2.1.0)"),
				CliOption.optional("--max-warnings", "N", "fail when there are more than N warnings (default: any number)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		if (arguments.operands().isEmpty()) {
			throw new UsageException("policy lint needs at least one bundle (a .zip or a folder)");
		}
		String format = arguments.optionalValue("--format").orElse("text").toLowerCase(Locale.ROOT);
		if (!List.of("text", "json", "sarif").contains(format)) {
			throw new UsageException("option --format takes text, json or sarif, not '" + format + "'");
		}
		long maxWarnings = arguments.number("--max-warnings", -1, 0, Long.MAX_VALUE);
		List<Path> paths = new ArrayList<>();
		for (String operand : arguments.operands()) {
			try {
				paths.add(Path.of(operand));
			} catch (InvalidPathException e) {
				throw new UsageException("'" + operand + "' is not a valid path");
			}
		}
		List<LintReport.Linted> linted = new ArrayList<>();
		int unreadable;
		if (arguments.optionalValue("--workspace").isPresent()) {
			try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
				unreadable = lint(arguments.operands(), paths, workspace.model().apiManagement(), linted, err);
			}
		} else {
			unreadable = lint(arguments.operands(), paths, null, linted, err);
		}
		switch (format) {
		case "json" -> out.println(LintReport.json(linted));
		case "sarif" -> out.println(LintReport.sarif(linted, CartographVersion.current()));
		default -> out.print(LintReport.text(linted));
		}
		if (!format.equals("text")) {
			err.println(LintReport.summary(linted));
		}
		long errors = LintReport.count(linted, Severity.ERROR);
		long warnings = LintReport.count(linted, Severity.WARNING);
		if (maxWarnings >= 0 && warnings > maxWarnings) {
			err.println("cartograph: " + warnings + " warnings, more than the " + maxWarnings + " allowed (--max-warnings)");
		}
		return errors > 0 || unreadable > 0 || maxWarnings >= 0 && warnings > maxWarnings ? 1 : 0;
	}

	/** @return how many bundles could not be read at all */
	private static int lint(List<String> names, List<Path> paths, ApiManagement workspace, List<LintReport.Linted> linted,
			PrintStream err) {
		LintSettings settings = LintSettings.of(workspace == null ? null : workspace.getLintSettings());
		int unreadable = 0;
		for (int i = 0; i < paths.size(); i++) {
			Path path = paths.get(i);
			String name = names.get(i);
			if (!Files.exists(path)) {
				err.println("cartograph: " + name + ": no such file or folder");
				unreadable++;
				continue;
			}
			try {
				BundleImport bundle = ProxyBundles.read(path);
				List<Finding> findings = new ArrayList<>(PolicyLint.lint(bundle.proxy(), workspace, settings));
				addReaderProblems(bundle.problems(), findings, settings);
				linted.add(new LintReport.Linted(name, findings));
			} catch (BundleException | IOException e) {
				err.println("cartograph: " + name + ": cannot read the bundle: " + e.getMessage());
				unreadable++;
			}
		}
		return unreadable;
	}

	/** What the reader found that the lint did not already report at the same place (malformed XML is both). */
	private static void addReaderProblems(List<XmlProblem> problems, List<Finding> findings, LintSettings settings) {
		String rule = LintRules.BUNDLE_PROBLEM;
		if (!settings.enabled(rule)) {
			return;
		}
		for (XmlProblem problem : problems) {
			if (problem.message().startsWith("a step names policy")) {
				continue; // CG-FLW-001 reports it at the step itself
			}
			boolean known = findings.stream().anyMatch(f -> f.line() == problem.line() && f.line() > 0
					&& (problem.file().endsWith(f.file()) || f.file().endsWith(problem.file())));
			if (!known) {
				findings.add(new Finding(rule, settings.severity(rule), problem.message(), problem.file(), problem.line(),
						problem.column(), null));
			}
		}
	}
}
