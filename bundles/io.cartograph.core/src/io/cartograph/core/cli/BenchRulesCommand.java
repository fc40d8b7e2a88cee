package io.cartograph.core.cli;

import java.io.PrintStream;
import java.util.List;

import io.cartograph.rules.RuleBenchmark;

/**
 * {@code cartograph cli bench-rules [--interfaces N] [--system-rules N] [--object-rules N]}: one
 * measurement for {@code ./cartograph bench rules}: a generated rule book (seeded, so every run
 * sees the same model) applied to generated interfaces in memory by the naive loop (once) and by
 * the engine (best of warm runs), beside the floor: one regex over all names. Prints
 * {@code key=value} lines; exit 1 if engine and naive loop disagree.
 */
final class BenchRulesCommand implements CliCommand {

	@Override
	public String name() {
		return "bench-rules";
	}

	@Override
	public String summary() {
		return "Measure the transformation rules engine against the naive loop (for ./cartograph bench rules)";
	}

	@Override
	public boolean hidden() {
		return true;
	}

	@Override
	public List<CliOption> options() {
		return List.of(
				CliOption.optional("--interfaces", "N", "generated interfaces (default 100000)"),
				CliOption.optional("--system-rules", "N", "generated system mapping rules (default 1000)"),
				CliOption.optional("--object-rules", "N", "generated object rules (default 1000)"),
				CliOption.optional("--runs", "N", "warm runs of the engine and the floor (default 5)"),
				CliOption.optional("--seed", "N", "seed of the generated model (default 42)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		int interfaces = (int) arguments.number("--interfaces", 100_000, 0, 10_000_000);
		int systemRules = (int) arguments.number("--system-rules", 1_000, 0, 1_000_000);
		int objectRules = (int) arguments.number("--object-rules", 1_000, 0, 1_000_000);
		int runs = (int) arguments.number("--runs", 5, 1, 1_000);
		long seed = arguments.number("--seed", 42, 0, Long.MAX_VALUE);
		RuleBenchmark.Model model = RuleBenchmark.generate(interfaces, systemRules, objectRules, seed);
		RuleBenchmark.Figures figures = RuleBenchmark.measure(model, runs);
		out.println("interfaces=" + interfaces);
		out.println("system_rules=" + systemRules);
		out.println("object_rules=" + objectRules);
		out.println("invalid_rules=" + figures.invalidRules());
		out.println("slots_won=" + figures.slotsWon());
		out.println("object_links=" + figures.objectLinks());
		out.println("naive_ms=" + figures.naiveMillis());
		out.println("engine_ms=" + figures.engineMillis());
		out.println("engine_cpu_ms=" + figures.engineCpuMillis());
		out.println("engine_first_ms=" + figures.engineFirstMillis());
		out.println("floor_ms=" + figures.floorMillis());
		out.println("identical=" + figures.identical());
		if (!figures.identical()) {
			err.println("cartograph: engine and naive loop disagree: " + figures.difference());
			return 1;
		}
		return 0;
	}
}
