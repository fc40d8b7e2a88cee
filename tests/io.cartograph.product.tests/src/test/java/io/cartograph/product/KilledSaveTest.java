package io.cartograph.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the product while it saves a big model and checks that every model file is then either
 * the version before the save or the version after it, byte for byte, never a mix or a stump.
 * <p>
 * The save is {@code sample --replace}: seeded, so a run that is not interrupted gives the exact
 * "after" files to compare with. The kills come at the moment the big interfaces file starts to
 * be written and at several points after it, found by watching for the temporary file every save
 * writes first.
 */
class KilledSaveTest {

	private static final List<String> MODEL_FILES = List.of("landscape.xmi", "interfaces.xmi", "integrations.xmi",
			"datasources.xmi", "rules.xmi", "apim.xmi", "onboarding.xmi");
	private static final String INTERFACES = "10000";
	/** When to kill: this long after the temporary file of this model file appears. */
	private record Moment(String file, int delayMs) {
		@Override
		public String toString() {
			return delayMs + " ms after " + file + " began";
		}
	}

	private static final List<Moment> MOMENTS = List.of(new Moment("interfaces.xmi", 0), new Moment("interfaces.xmi", 150),
			new Moment("rules.xmi", 0));

	@TempDir
	Path scratch;

	@Test
	void aKilledSaveLeavesEveryModelFileWholeOldOrNew() throws Exception {
		InstalledProduct product = new InstalledProduct(scratch);
		Path before = scratch.resolve("before");
		assertEquals(0, product.cli("sample", "--workspace", before.toString(), "--interfaces", "300", "--seed", "1").exitCode());
		Path after = copy(before, scratch.resolve("after"));
		InstalledProduct.Run full = product.cli(replace(after));
		assertEquals(0, full.exitCode(), full.all());
		Map<String, byte[]> oldFiles = modelFiles(before);
		Map<String, byte[]> newFiles = modelFiles(after);
		assertTrue(!Arrays.equals(oldFiles.get("interfaces.xmi"), newFiles.get("interfaces.xmi")), "the save changes the file");

		int killedWhileSaving = 0;
		for (int run = 0; run < MOMENTS.size(); run++) {
			Moment moment = MOMENTS.get(run);
			Path victim = copy(before, scratch.resolve("killed-" + run));
			Process process = product.startCli(replace(victim));
			boolean killed = killOnceWriting(process, victim.resolve("landscape"), moment);
			if (killed) {
				killedWhileSaving++;
			}
			Map<String, byte[]> left = modelFiles(victim);
			StringBuilder states = new StringBuilder("killed " + moment + (killed ? "" : " (the save had ended)") + ":");
			for (String file : MODEL_FILES) {
				states.append(' ').append(file).append(Arrays.equals(left.get(file), newFiles.get(file)) ? "=new" : "=old");
			}
			System.out.println(states);
			for (String file : MODEL_FILES) {
				byte[] content = left.get(file);
				assertTrue(Arrays.equals(content, oldFiles.get(file)) || Arrays.equals(content, newFiles.get(file)),
						file + " is neither the old nor the new version after a kill " + moment + " ("
								+ (content == null ? "missing" : content.length + " bytes") + ")");
			}
		}
		assertTrue(killedWhileSaving >= MOMENTS.size() - 1,
				"only " + killedWhileSaving + " of the runs were still saving when killed");
		// Each file is whole, so the model loads, here one killed while writing the interfaces.
		// (Files of different versions may refer to objects the other version lacks; validation
		// reports those, the load does not fail.)
		Path victim = scratch.resolve("killed-0");
		InstalledProduct.Run load = product.cli("export", "--workspace", victim.toString(), "--systems",
				scratch.resolve("systems.csv").toString());
		assertEquals(0, load.exitCode(), "the killed workspace loads: " + load.all());
	}

	private static String[] replace(Path workspace) {
		return new String[] { "sample", "--workspace", workspace.toString(), "--interfaces", INTERFACES, "--seed", "2", "--replace" };
	}

	/**
	 * Waits for the temporary file of the moment's model file (not of its backup), then kills the
	 * process the moment's delay later. Returns false if the process ended before it could be killed.
	 */
	private static boolean killOnceWriting(Process process, Path folder, Moment moment) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (process.isAlive() && System.nanoTime() < deadline) {
			if (writing(folder, moment.file())) {
				if (moment.delayMs() > 0) {
					Thread.sleep(moment.delayMs());
				}
				boolean alive = process.isAlive();
				process.destroyForcibly();
				process.waitFor(30, TimeUnit.SECONDS);
				return alive;
			}
			Thread.sleep(2);
		}
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
		return false;
	}

	/** Whether the temporary file of {@code file} is there: {@code .<file>.<random>.tmp}, not {@code .<file>.bak.<random>.tmp}. */
	private static boolean writing(Path folder, String file) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).anyMatch(name -> name.startsWith("." + file + ".")
					&& !name.startsWith("." + file + ".bak.") && name.endsWith(".tmp"));
		}
	}

	private static Map<String, byte[]> modelFiles(Path workspace) throws IOException {
		Map<String, byte[]> files = new HashMap<>();
		for (String file : MODEL_FILES) {
			Path path = workspace.resolve("landscape").resolve(file);
			files.put(file, Files.exists(path) ? Files.readAllBytes(path) : null);
		}
		return files;
	}

	private static Path copy(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target);
				}
			}
		}
		return to;
	}
}
