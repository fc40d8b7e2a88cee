package io.cartograph.core.workspace;

/** The note left in every new workspace's {@code landscape/} folder. */
final class LandscapeReadme {

	static final String TEXT = """
            # landscape

            This folder will hold the landscape model of this workspace: the systems, \
            interfaces and message flows you map with Cartograph, saved as model files.

            Cartograph writes these files itself. They are plain files, so you can keep them \
            under version control or copy them together with the rest of the workspace.
            """;

	private LandscapeReadme() {
	}
}
