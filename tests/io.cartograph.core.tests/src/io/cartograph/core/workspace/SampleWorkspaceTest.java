package io.cartograph.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.CartographHome;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.store.LocalStore;

class SampleWorkspaceTest {

	@TempDir
	Path home;

	private String previousHome;

	@BeforeEach
	void useTemporaryHome() {
		// Never the real ~/.cartograph.
		previousHome = System.setProperty(CartographHome.PROPERTY, home.toString());
	}

	@AfterEach
	void restoreHome() {
		if (previousHome == null) {
			System.clearProperty(CartographHome.PROPERTY);
		} else {
			System.setProperty(CartographHome.PROPERTY, previousHome);
		}
	}

	@Test
	void defaultLocationIsUnderCartographHome() {
		assertEquals(home, CartographHome.folder());
		assertEquals(home.resolve("workspaces").resolve("sample"), SampleWorkspace.defaultLocation());
	}

	@Test
	void theSampleIsCreatedWhenMissingWithAReadme() throws IOException {
		Path location = SampleWorkspace.defaultLocation();
		assertFalse(Files.exists(location));

		try (Workspace sample = SampleWorkspace.openOrCreate(location)) {
			assertEquals("Sample landscape", sample.name());
			assertEquals(location, sample.root());
			assertEquals(LocalStore.latestSchemaVersion(), sample.store().schemaVersion());
		}

		String readme = Files.readString(location.resolve("README.md"));
		assertTrue(readme.startsWith("# Sample landscape"), readme);
		for (String explained : new String[] {"cartograph-workspace.properties", "`landscape/`", "`store/`"}) {
			assertTrue(readme.contains(explained), "README explains " + explained);
		}
		assertTrue(Files.isRegularFile(location.resolve("landscape/README.md")));
	}

	@Test
	void theSampleHoldsTheGeneratedLandscapeSaved() {
		Path location = SampleWorkspace.defaultLocation();
		try (Workspace sample = SampleWorkspace.openOrCreate(location)) {
			assertFalse(sample.model().isDirty(), "saved right away");
		}

		try (Workspace reopened = Workspace.open(location)) {
			assertEquals(SampleLandscape.INTERFACES, reopened.model().interfaces().getInterfaces().size());
			assertTrue(reopened.model().landscape().getSystems().size() >= 12);
			assertFalse(reopened.model().apiManagement().getProxies().isEmpty());
		}
	}

	@Test
	void anExistingSampleIsOpenedNotRecreated() throws IOException {
		Path location = SampleWorkspace.defaultLocation();
		Instant created;
		try (Workspace sample = SampleWorkspace.openOrCreate(location)) {
			created = sample.created();
		}
		Files.writeString(location.resolve("README.md"), "my own notes");

		try (Workspace again = SampleWorkspace.openOrCreate(location)) {
			assertEquals(created, again.created());
		}
		assertEquals("my own notes", Files.readString(location.resolve("README.md")));
	}

	@Test
	void anEmptyFolderGetsTheSample() throws IOException {
		Path location = Files.createDirectories(home.resolve("empty"));
		try (Workspace sample = SampleWorkspace.openOrCreate(location)) {
			assertEquals(SampleWorkspace.NAME, sample.name());
		}
	}

	@Test
	void aFolderWithOtherThingsIsNotTakenOver() throws IOException {
		Path location = Files.createDirectories(home.resolve("busy"));
		Files.writeString(location.resolve("thesis.docx"), "precious");
		WorkspaceException refusal = assertThrows(WorkspaceException.class, () -> SampleWorkspace.openOrCreate(location));
		assertTrue(refusal.getMessage().contains("is not a Cartograph workspace"), refusal.getMessage());
		assertEquals("precious", Files.readString(location.resolve("thesis.docx")));
	}
}
