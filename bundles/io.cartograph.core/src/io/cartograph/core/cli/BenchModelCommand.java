package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFile;
import io.cartograph.core.validation.ModelValidation;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;

/**
 * {@code cartograph cli bench-model --workspace DIR}: one measurement for
 * {@code ./cartograph bench model}, which runs it in fresh JVMs. Prints {@code key=value} lines.
 * Not listed in the help: it is a tool for developers.
 */
final class BenchModelCommand implements CliCommand {

	@Override
	public String name() {
		return "bench-model";
	}

	@Override
	public String summary() {
		return "Measure loading, validating and saving a workspace's model (for ./cartograph bench model)";
	}

	@Override
	public boolean hidden() {
		return true;
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.required("--workspace", "DIR", "the workspace to measure (its model files are saved again)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		Path folder = arguments.path("--workspace");
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		try (Workspace workspace = Workspace.open(folder)) {
			long before = usedHeap(memory);
			long start = System.nanoTime();
			LandscapeModel model = workspace.model();
			long loaded = System.nanoTime();
			long after = usedHeap(memory);
			int problems = ModelValidation.validate(model).size();
			long validated = System.nanoTime();
			model.saveAll();
			long saved = System.nanoTime();
			out.println("interfaces=" + model.interfaces().getInterfaces().size());
			out.println("load_ms=" + (loaded - start) / 1_000_000);
			out.println("validate_ms=" + (validated - loaded) / 1_000_000);
			out.println("problems=" + problems);
			out.println("save_ms=" + (saved - validated) / 1_000_000);
			out.println("heap_before_mb=" + before / (1 << 20));
			out.println("heap_after_load_mb=" + after / (1 << 20));
			out.println("model_heap_mb=" + (after - before) / (1 << 20));
			out.println("max_heap_mb=" + memory.getHeapMemoryUsage().getMax() / (1 << 20));
			long total = 0;
			for (ModelFile file : ModelFile.values()) {
				long size = Files.size(workspace.landscapeFolder().resolve(file.fileName()));
				total += size;
				out.println("file_" + file.fileName() + "_kb=" + size / 1024);
			}
			out.println("files_total_kb=" + total / 1024);
			return 0;
		} catch (IOException e) {
			throw new WorkspaceException("Benchmark failed in " + folder + ": " + e.getMessage(), e);
		}
	}

	/** Heap in use after garbage collection settles, so that the figure is the live data. */
	private static long usedHeap(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
