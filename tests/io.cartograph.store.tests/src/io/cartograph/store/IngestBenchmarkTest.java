package io.cartograph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

class IngestBenchmarkTest {

	@TempDir
	Path folder;

	@Test
	void everyRecordWrittenIsVisibleAfterTheRun() {
		IngestBenchmark.Result result = IngestBenchmark.run(folder, 25_000);
		assertEquals(25_000, result.rows());
		assertEquals(25_000, result.visibleRows());
	}

	/** The benchmark: {@code -Dtycho.testArgLine="-Xmx512m -Dcartograph.bench=true"}. */
	@Test
	@EnabledIfSystemProperty(named = "cartograph.bench", matches = "true")
	void aMillionMessageRecords() {
		IngestBenchmark.Result result = IngestBenchmark.run(folder, 1_000_000);
		System.out.println("BENCHMARK " + result);
		assertEquals(1_000_000, result.visibleRows());
	}
}
