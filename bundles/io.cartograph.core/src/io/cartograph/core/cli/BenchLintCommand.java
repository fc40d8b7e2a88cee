package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.cartograph.policy.lint.LintBenchmark;

/**
 * {@code cartograph cli bench-lint --out DIR [--proxies N] [--policies M] [--runs R]}: one
 * measurement for {@code ./cartograph bench lint}: generates the Apigee bundles into DIR (unless
 * they are there already), then reads and lints all of them in this JVM: the first pass (cold:
 * class loading and JIT included) and R more (warm). Prints {@code key=value} lines.
 */
final class BenchLintCommand implements CliCommand {

	@Override
	public String name() {
		return "bench-lint";
	}

	@Override
	public String summary() {
		return "Measure the policy lint over generated Apigee bundles (for ./cartograph bench lint)";
	}

	@Override
	public boolean hidden() {
		return true;
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.required("--out", "DIR", "where the generated bundles are (written when the folder is empty)"),
				CliOption.optional("--proxies", "N", "generated proxies (default 200)"),
				CliOption.optional("--policies", "N", "policies per proxy (default 20)"),
				CliOption.optional("--runs", "N", "warm passes after the cold one (default 5)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		int proxies = (int) arguments.number("--proxies", 200, 1, 100_000);
		int policies = (int) arguments.number("--policies", 20, 1, 1_000);
		int runs = (int) arguments.number("--runs", 5, 1, 1_000);
		Path folder = arguments.path("--out");
		try {
			Files.createDirectories(folder);
			List<Path> bundles = LintBenchmark.bundles(folder);
			if (bundles.isEmpty()) {
				long started = System.nanoTime();
				bundles = LintBenchmark.generate(folder, proxies, policies);
				out.println("generate_ms=" + (System.nanoTime() - started) / 1_000_000);
			}
			LintBenchmark.Pass cold = LintBenchmark.lintAll(bundles);
			List<Long> warm = new ArrayList<>();
			for (int run = 0; run < runs; run++) {
				warm.add(LintBenchmark.lintAll(bundles).nanos());
			}
			Collections.sort(warm);
			out.println("bundles=" + cold.bundles());
			out.println("policies=" + cold.policies());
			out.println("findings=" + cold.findings());
			out.println("cold_ms=" + cold.nanos() / 1_000_000);
			out.println("warm_min_ms=" + warm.get(0) / 1_000_000);
			out.println("warm_median_ms=" + warm.get(warm.size() / 2) / 1_000_000);
			return 0;
		} catch (IOException e) {
			err.println("cartograph: " + e.getMessage());
			return 1;
		}
	}
}
