package io.cartograph.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's guard rail: headless bundles must not pick up SWT, JFace or the e4 UI. */
class UiBoundaryCheckTest {

	private static final Path SCRIPT = Path.of(System.getProperty("cartograph.project.root"), "releng", "scripts",
			"check-ui-boundary.sh");

	@TempDir
	Path tree;

	@Test
	void theProjectItselfKeepsItsHeadlessBundlesHeadless() throws Exception {
		Result result = check(Path.of(System.getProperty("cartograph.project.root")));
		assertEquals(0, result.exitCode(), result.output());
	}

	@Test
	void aHeadlessBundleThatImportsSwtOrRequiresJFaceFailsTheCheck() throws Exception {
		write("bundles/io.cartograph.rules/META-INF/MANIFEST.MF",
				"Manifest-Version: 1.0\nRequire-Bundle: org.eclipse.core.runtime,\n org.eclipse.jface\n");
		write("bundles/io.cartograph.rules/src/io/cartograph/rules/Fit.java",
				"package io.cartograph.rules;\nimport org.eclipse.swt.widgets.Shell;\nclass Fit {}\n");
		write("bundles/io.cartograph.ui.policy/src/Editor.java", "import org.eclipse.swt.SWT;\nclass Editor {}\n");
		write("bundles/io.cartograph.app/src/App.java", "import org.eclipse.e4.ui.di.Focus;\nclass App {}\n");

		Result result = check(tree);

		assertEquals(1, result.exitCode(), result.output());
		assertTrue(result.output().contains("io.cartograph.rules: META-INF/MANIFEST.MF depends on org.eclipse.jface"),
				result.output());
		assertTrue(result.output().contains("io.cartograph.rules: src/io/cartograph/rules/Fit.java:2:import org.eclipse.swt.widgets.Shell;"),
				result.output());
		assertTrue(!result.output().contains("ui.policy") && !result.output().contains("App.java"),
				"UI bundles may use SWT: " + result.output());
	}

	private record Result(int exitCode, String output) {
	}

	private void write(String relative, String text) throws Exception {
		Path file = tree.resolve(relative);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}

	private static Result check(Path root) throws Exception {
		Process process = new ProcessBuilder("bash", SCRIPT.toString(), root.toString()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check did not finish");
		return new Result(process.exitValue(), output);
	}
}
