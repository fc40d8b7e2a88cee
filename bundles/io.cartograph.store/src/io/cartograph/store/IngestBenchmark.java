package io.cartograph.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.cartograph.model.landscape.TaskType;

/**
 * Measures how fast a RUNTIME run stores message records: writes synthetic CPI-like records
 * through a {@link RunWriter} into a store and ends the run successfully. The issue asks for
 * 1,000,000 records at 50,000 rows/s or more with the heap flat under 512 MB; run it with
 * {@code -Xmx512m} to check the latter.
 * <p>
 * {@code java -Xmx512m -cp <store, model, EMF and H2 jars> io.cartograph.store.IngestBenchmark FOLDER [ROWS]}
 */
public final class IngestBenchmark {

	/**
	 * @param rows          message records written
	 * @param elapsed       from the first record to the run's successful end
	 * @param peakHeapBytes highest heap use seen (sum of the heap pools' peaks, garbage included:
	 *                      the collector lets garbage pile up towards the limit)
	 * @param liveHeapBytes highest heap use right after a garbage collection, sampled every
	 *                      50,000 records: what the ingest really keeps
	 * @param maxHeapBytes  the heap limit ({@code -Xmx})
	 * @param visibleRows   records the store shows after the run
	 */
	public record Result(long rows, Duration elapsed, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes,
			long visibleRows) {

		public double rowsPerSecond() {
			return rows * 1000.0 / Math.max(1, elapsed.toMillis());
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%,d message records in %.1f s = %,.0f rows/s; heap: peak %,d MB, "
					+ "after GC at most %,d MB, limit %,d MB; %,d visible", rows, elapsed.toMillis() / 1000.0,
					rowsPerSecond(), peakHeapBytes >> 20, liveHeapBytes >> 20, maxHeapBytes >> 20, visibleRows);
		}
	}

	private static final String[] STATUSES = { "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
			"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
			"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "RETRY", "FAILED" };

	private IngestBenchmark() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("Usage: IngestBenchmark STORE_FOLDER [ROWS]");
			System.exit(2);
		}
		int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
		System.out.println(run(Path.of(args[0]), rows));
	}

	/** Writes {@code rows} message records in one RUNTIME run into the store in {@code folder}. */
	public static Result run(Path folder, int rows) {
		try (LocalStore store = LocalStore.open(folder, "benchmark")) {
			return run(store, rows);
		}
	}

	static Result run(LocalStore store, int rows) {
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
				.filter(pool -> pool.getType() == MemoryType.HEAP).toList();
		System.gc();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		SplittableRandom random = new SplittableRandom(42);
		String source = "benchmark-source";
		Instant monthStart = Instant.parse("2025-06-01T00:00:00Z");
		long live = 0;
		long startNanos = System.nanoTime();
		try (RunWriter run = TaskRuns.of(store).start(source, "BENCHMARK", TaskType.RUNTIME, RunTrigger.MANUAL)) {
			for (int i = 0; i < rows; i++) {
				Instant logStart = monthStart.plusMillis(random.nextLong(30L * 24 * 3600 * 1000));
				String status = STATUSES[random.nextInt(STATUSES.length)];
				run.stage(new MessageRecord(guid(random), "Replicate_Orders_" + random.nextInt(200), status, logStart,
						logStart.plusMillis(50 + random.nextInt(5000)), guid(random), "S4P_100", "SFTP_Partner_"
								+ random.nextInt(40)));
				if (i % 50_000 == 0) {
					live = Math.max(live, afterCollection(heap));
				}
			}
			run.addRead(rows);
			run.succeed();
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
		long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
		long visible = HarvestedData.of(store).messageCount(source);
		live = Math.max(live, afterCollection(heap));
		return new Result(rows, elapsed, peak, live, Runtime.getRuntime().maxMemory(), visible);
	}

	private static long afterCollection(List<MemoryPoolMXBean> heap) {
		return heap.stream().map(MemoryPoolMXBean::getCollectionUsage).filter(u -> u != null)
				.mapToLong(u -> u.getUsed()).sum();
	}

	private static String guid(SplittableRandom random) {
		return "AG" + Long.toHexString(random.nextLong() | Long.MIN_VALUE).toUpperCase(Locale.ROOT)
				+ Long.toHexString(random.nextLong() | Long.MIN_VALUE).toUpperCase(Locale.ROOT).substring(0, 12);
	}
}
