package io.cartograph.policy.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cartograph.policy.bundle.BundleException;
import io.cartograph.policy.bundle.ProxyBundles;

/**
 * The lint benchmark's workload and measurement: N generated Apigee bundles (folders in
 * {@code apiproxy/} layout) of M policies each, the mix the deployment guide uses (API key,
 * KVM, Basic, CSRF callout, IP allowlist, quota, spike arrest, JavaScript...), a few of them
 * with the mistakes the rules look for. The same folders are given to apigeelint.
 */
public final class LintBenchmark {

	/** What one pass over all bundles found and how long it took. */
	public record Pass(long nanos, int bundles, int policies, int findings) {
	}

	private LintBenchmark() {
	}

	/** Writes {@code proxies} bundles into {@code folder} (proxy-0001/apiproxy/...); the same every time. */
	public static List<Path> generate(Path folder, int proxies, int policies) throws IOException {
		List<Path> bundles = new ArrayList<>();
		for (int p = 1; p <= proxies; p++) {
			String name = "proxy-%04d".formatted(p);
			Path bundle = folder.resolve(name);
			BenchmarkBundle.write(bundle.resolve("apiproxy"), name, p, policies);
			bundles.add(bundle);
		}
		return bundles;
	}

	/** The bundle folders under {@code folder}, sorted. */
	public static List<Path> bundles(Path folder) throws IOException {
		try (Stream<Path> children = Files.list(folder)) {
			return children.filter(child -> Files.isDirectory(child.resolve("apiproxy"))).sorted().toList();
		}
	}

	/** Reads every bundle from disk and lints it, as {@code policy lint} does. */
	public static Pass lintAll(List<Path> bundles) throws IOException {
		long started = System.nanoTime();
		int policies = 0;
		int findings = 0;
		for (Path bundle : bundles) {
			try {
				var read = ProxyBundles.read(bundle);
				policies += read.proxy().getPolicies().size();
				findings += PolicyLint.lint(read.proxy(), null, LintSettings.DEFAULTS).size();
			} catch (BundleException e) {
				throw new IOException(bundle + ": " + e.getMessage(), e);
			}
		}
		return new Pass(System.nanoTime() - started, bundles.size(), policies, findings);
	}

	static void write(Path file, String text) throws IOException {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
	}
}
