package io.cartograph.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product's headless entry point, run as a user runs ./cartograph cli. */
class HeadlessCliTest {

	@TempDir
	Path scratch;

	@Test
	void versionPrintsTheProductVersion() throws Exception {
		InstalledProduct.Run run = new InstalledProduct(scratch).cli("version");
		assertEquals(0, run.exitCode(), run.all());
		assertTrue(run.out().matches("(?s)Cartograph 0\\.1\\.0\\S*\\R"), run.out());
	}

	@Test
	void anUnknownCommandPrintsUsageAndExitsWith2() throws Exception {
		InstalledProduct.Run run = new InstalledProduct(scratch).cli("nonsense");
		assertEquals(2, run.exitCode(), run.all());
		assertTrue(run.err().contains("nonsense"), run.err());
		assertTrue(run.err().contains("workspace info --workspace"), "usage lists the commands: " + run.err());
	}

	@Test
	void syncIsContributedByItsBundleAndAsksForAServer() throws Exception {
		InstalledProduct product = new InstalledProduct(scratch);
		InstalledProduct.Run help = product.cli("help");
		assertEquals(0, help.exitCode(), help.all());
		assertTrue(help.out().contains("sync --workspace DIR --server URL"), "listed after core's commands: " + help.out());

		InstalledProduct.Run run = product.cli("sync", "--workspace", scratch.toString());
		assertEquals(2, run.exitCode(), run.all());
		assertTrue(run.err().contains("missing option --server URL"), run.err());
	}

	@Test
	void workspaceInfoDescribesAWorkspace() throws Exception {
		InstalledProduct product = new InstalledProduct(scratch);
		Path workspace = scratch.resolve("initech");
		assertEquals(0, product.cli("workspace", "create", "--workspace", workspace.toString(), "--name", "Initech").exitCode());

		InstalledProduct.Run run = product.cli("workspace", "info", "--workspace", workspace.toString());

		assertEquals(0, run.exitCode(), run.all());
		assertTrue(run.out().contains("Initech"), run.out());
		assertTrue(run.out().contains(workspace.toString()), run.out());
	}

	@Test
	void workspaceInfoOnAFolderThatIsNoWorkspaceSaysSo() throws Exception {
		InstalledProduct.Run run = new InstalledProduct(scratch).cli("workspace", "info", "--workspace",
				scratch.toString());
		assertEquals(1, run.exitCode(), run.all());
		assertTrue(run.err().contains("not a Cartograph workspace"), run.err());
	}

	/**
	 * The whole harvesting path in the installed product: HTTP client, JSON, H2 and the OSGi
	 * extenders they need (a weaving failure there once made every connector run fail, unseen by
	 * the bundle tests, which run without the product's extenders).
	 */
	@Test
	void aRuntimeTaskHarvestsTheSandboxTenantIntoTheStore() throws Exception {
		InstalledProduct.Run run = new InstalledProduct(scratch).cli("bench-ingest", "--messages", "500");
		assertEquals(0, run.exitCode(), run.all());
		assertTrue(run.out().contains("status=SUCCESS"), run.all());
		assertTrue(run.out().matches("(?s).*rows_stored=[1-9]\\d*\\R.*"), run.out());
	}
}
