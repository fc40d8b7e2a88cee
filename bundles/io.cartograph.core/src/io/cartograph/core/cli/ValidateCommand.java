package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.List;

import io.cartograph.core.validation.ModelValidation;
import io.cartograph.core.validation.Problem;
import io.cartograph.core.workspace.Workspace;

/** {@code cartograph cli validate --workspace DIR}: exit 0 without errors (warnings allowed), 1 with. */
final class ValidateCommand implements CliCommand {

	@Override
	public String name() {
		return "validate";
	}

	@Override
	public String summary() {
		return "Check the landscape model; one line per problem, exit 1 if there are errors";
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace folder"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		try (Workspace workspace = Workspace.open(arguments.path("--workspace"))) {
			List<Problem> problems = ModelValidation.validate(workspace.model());
			problems.forEach(problem -> out.println(problem.line()));
			long errors = problems.stream().filter(Problem::isError).count();
			long warnings = problems.stream().filter(problem -> problem.severity() == Problem.Severity.WARNING).count();
			out.println(errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
					+ " in " + workspace.root());
			return errors > 0 ? 1 : 0;
		}
	}
}
