package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFile;
import io.cartograph.core.validation.ModelValidation;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;

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
		return "Measure loading, validating and saving (after one edit) a workspace's model (for ./cartograph bench model)";
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
			Phase load = Phase.start();
			LandscapeModel model = workspace.model();
			load.end(out, "load");
			long after = usedHeap(memory);
			Phase validate = Phase.start();
			int problems = ModelValidation.validate(model).size();
			validate.end(out, "validate");
			changeOneInterface(model);
			Phase save = Phase.start();
			model.save();
			save.end(out, "save");
			out.println("interfaces=" + model.interfaces().getInterfaces().size());
			out.println("problems=" + problems);
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

	/**
	 * Wall time, this thread's CPU time and garbage collection time of one phase: on a busy
	 * machine the wall time alone says more about the neighbours than about Cartograph.
	 */
	private record Phase(long wall, long cpu, long gc) {

		static Phase start() {
			return new Phase(System.nanoTime(), ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(), gcMillis());
		}

		void end(PrintStream out, String name) {
			out.println(name + "_ms=" + (System.nanoTime() - wall) / 1_000_000);
			out.println(name + "_cpu_ms=" + (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000);
			out.println(name + "_gc_ms=" + (gcMillis() - gc));
		}

		private static long gcMillis() {
			return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime)
					.filter(time -> time > 0).sum();
		}
	}

	/**
	 * An edit as a user makes it, so that the save writes the interface catalog for real (saving
	 * an unchanged file only compares it with the one on disk) and keeps its backup.
	 */
	private static void changeOneInterface(LandscapeModel model) {
		Interface first = model.interfaces().getInterfaces().get(0);
		model.commandStack().execute(SetCommand.create(model.editingDomain(), first,
				LandscapePackage.Literals.NAMED__NAME, first.getName() + " (benchmark " + System.currentTimeMillis() + ")"));
	}

	/** Heap in use after garbage collection settles, so that the figure is the live data. */
	private static long usedHeap(MemoryMXBean memory) {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		return memory.getHeapMemoryUsage().getUsed();
	}
}
