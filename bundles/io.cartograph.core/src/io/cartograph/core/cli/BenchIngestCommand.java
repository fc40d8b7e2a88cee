package io.cartograph.core.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import io.cartograph.connect.ConnectorRegistry;
import io.cartograph.connect.sandbox.SandboxOptions;
import io.cartograph.connect.sandbox.SandboxTenant;
import io.cartograph.core.workspace.WorkspaceException;
import io.cartograph.jobs.StandardTaskWork;
import io.cartograph.jobs.TaskExecution;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.Product;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.LocalStore;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.TaskRun;
import io.cartograph.store.TaskRuns;

/**
 * {@code cartograph cli bench-ingest [--messages N]}: one measurement for
 * {@code ./cartograph bench ingest}: a RUNTIME run of the Cloud Integration connector against
 * the sandbox tenant (in this JVM, over HTTP on localhost) into a new store, the whole path a
 * real run takes. Prints {@code key=value} lines: rows per second, and the heap in use (peak
 * sampled every 50 ms, and the most the old generation held after a collection).
 */
final class BenchIngestCommand implements CliCommand {

	@Override
	public String name() {
		return "bench-ingest";
	}

	@Override
	public String summary() {
		return "Measure a RUNTIME ingest from the sandbox tenant into H2 (for ./cartograph bench ingest)";
	}

	@Override
	public boolean hidden() {
		return true;
	}

	@Override
	public List<CliOption> options() {
		return List.of(CliOption.optional("--messages", "N", "message records to ingest (default 1000000)"));
	}

	@Override
	public int run(Arguments arguments, PrintStream out, PrintStream err) throws UsageException {
		long messages = arguments.number("--messages", 1_000_000, 1, 100_000_000);
		Path folder = null;
		SandboxTenant tenant = null;
		try {
			folder = Files.createTempDirectory("cartograph-bench-ingest");
			tenant = SandboxTenant.start(0, SandboxOptions.defaults().withMessages(messages));
			DataSource source = sandboxSource(tenant);
			try (LocalStore store = LocalStore.open(folder)) {
				TaskRuns runs = TaskRuns.of(store);
				HarvestedData harvested = HarvestedData.of(store);
				StandardTaskWork work = new StandardTaskWork(runs, harvested, ConnectorRegistry.standard(),
						reference -> Optional.of(SandboxOptions.CLIENT_SECRET.toCharArray()));
				HeapSampler heap = new HeapSampler();
				heap.start();
				long started = System.nanoTime();
				TaskRun run = new TaskExecution(runs, work, source, TaskType.RUNTIME, RunTrigger.MANUAL, null, List.of()).run(null);
				long millis = (System.nanoTime() - started) / 1_000_000;
				heap.interrupt();
				long stored = harvested.messageCount(source.getUuid());
				out.println("status=" + run.status() + run.errorText().map(error -> " (" + error + ")").orElse(""));
				out.println("messages_served=" + messages);
				out.println("rows_stored=" + stored);
				out.println("ingest_ms=" + millis);
				out.println("rows_per_s=" + (millis == 0 ? 0 : stored * 1000 / millis));
				out.println("heap_peak_mb=" + heap.peak.get() / (1 << 20));
				out.println("heap_after_gc_max_mb=" + oldGenerationAfterCollection() / (1 << 20));
				out.println("max_heap_mb=" + Runtime.getRuntime().maxMemory() / (1 << 20));
				out.println("store_mb=" + Files.size(store.databaseFile()) / (1 << 20));
				return run.status() == io.cartograph.store.RunStatus.SUCCESS ? 0 : 1;
			}
		} catch (IOException e) {
			throw new WorkspaceException("Ingest benchmark failed: " + e.getMessage(), e);
		} finally {
			if (tenant != null) {
				tenant.stop();
			}
			deleteQuietly(folder);
		}
	}

	private static DataSource sandboxSource(SandboxTenant tenant) {
		DataSource source = LandscapeFactory.eINSTANCE.createDataSource();
		source.setUuid("bench-sandbox");
		source.setName("CPI_SANDBOX");
		source.setType(DataSourceType.SAP_BTP);
		source.getProducts().add(Product.CLOUDINTEGRATION);
		source.setUrl(tenant.url().toString());
		var authentication = LandscapeFactory.eINSTANCE.createAuthentication();
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId(SandboxOptions.CLIENT_ID);
		authentication.setTokenUrl(tenant.tokenUrl());
		var secret = LandscapeFactory.eINSTANCE.createSecretReference();
		secret.setUuid("bench-secret");
		authentication.setSecret(secret);
		source.setAuthentication(authentication);
		return source;
	}

	/** The most any heap pool held right after a collection: what the run really kept. */
	private static long oldGenerationAfterCollection() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.map(MemoryPoolMXBean::getCollectionUsage).filter(usage -> usage != null)
				.mapToLong(usage -> usage.getUsed()).max().orElse(0);
	}

	/** Samples the heap in use, garbage included, every 50 ms. */
	private static final class HeapSampler extends Thread {

		final AtomicLong peak = new AtomicLong();

		HeapSampler() {
			super("heap sampler");
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
				try {
					Thread.sleep(50);
				} catch (InterruptedException e) {
					return;
				}
			}
		}
	}

	private static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			// A temporary folder left behind is harmless.
		}
	}
}
