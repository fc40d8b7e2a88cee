package io.cartograph.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves that stop where a killed process or a full disk would stop them, for tests in other packages. */
public final class InterruptedSaves {

	private InterruptedSaves() {
	}

	/**
	 * Commits like {@link PreparedFile#commit()} but fails after the new content is complete in
	 * the temporary file and before it is renamed over the target.
	 */
	public static void failBeforeRename(PreparedFile file) throws IOException {
		file.commit(temporary -> {
			if (!Files.isRegularFile(temporary)) {
				throw new IllegalStateException("no temporary file " + temporary);
			}
			throw new IOException("No space left on device");
		});
	}
}
