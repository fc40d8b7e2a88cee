package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.cartograph.core.CartographHome;
import io.cartograph.core.sample.SampleLandscape;

/** The workspace Cartograph opens when the user has not chosen one yet. */
public final class SampleWorkspace {

	public static final String NAME = "Sample landscape";

	private SampleWorkspace() {
	}

	/** {@code $CARTOGRAPH_HOME/workspaces/sample} (see {@link CartographHome}). */
	public static Path defaultLocation() {
		return CartographHome.folder().resolve("workspaces").resolve("sample");
	}

	/**
	 * Opens the workspace in {@code folder}; when the folder is missing or empty, first creates
	 * the sample workspace there: the generated landscape of {@link SampleLandscape} (its seed,
	 * {@value SampleLandscape#INTERFACES} interfaces), saved, and a README that explains the
	 * folders.
	 *
	 * @throws WorkspaceException when the folder holds something else, or cannot be used
	 */
	public static Workspace openOrCreate(Path folder) {
		if (!isMissingOrEmpty(folder)) {
			return Workspace.open(folder);
		}
		Workspace workspace = Workspace.create(folder, NAME);
		try {
			SampleLandscape.fill(workspace.model(), SampleLandscape.INTERFACES, SampleLandscape.SEED);
			workspace.model().save();
			AtomicFiles.writeString(workspace.root().resolve("README.md"), SampleReadme.TEXT);
		} catch (IOException e) {
			workspace.close();
			throw WorkspaceException.because("Cannot save the sample workspace in " + workspace.root(), e);
		} catch (RuntimeException e) {
			workspace.close();
			throw e;
		}
		return workspace;
	}

	private static boolean isMissingOrEmpty(Path folder) {
		if (!Files.exists(folder)) {
			return true;
		}
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.findAny().isEmpty();
		} catch (IOException e) {
			throw WorkspaceException.because("Cannot look into " + folder, e);
		}
	}
}
