package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import io.cartograph.ui.overview.WorkspaceOverviewPart;

class WorkspaceOverviewPartTest extends PartTest {

	@Test
	void showsNameLocationAndStoreOfTheOpenWorkspace() {
		Path root = temp.resolve("globex");
		harness.openWorkspace(root, "Globex onboarding");
		harness.open(WorkspaceOverviewPart.class);

		Label title = harness.driver.find(harness.shell, WorkspaceOverviewPart.TITLE_ID, Label.class);
		Label details = harness.driver.find(harness.shell, WorkspaceOverviewPart.DETAILS_ID, Label.class);
		assertEquals("Globex onboarding", title.getText());
		assertTrue(details.getText().contains("Location:  " + root), details.getText());
		assertTrue(details.getText().contains("Local store:  schema version " + io.cartograph.store.LocalStore.latestSchemaVersion()), details.getText());
	}

	@Test
	void followsAWorkspaceSwitch() {
		harness.openWorkspace(temp.resolve("one"), "One");
		harness.open(WorkspaceOverviewPart.class);
		Label title = harness.driver.find(harness.shell, WorkspaceOverviewPart.TITLE_ID, Label.class);

		harness.openWorkspace(temp.resolve("two"), "Two");

		harness.driver.waitUntil("the overview to show workspace Two", () -> "Two".equals(title.getText()));
	}
}
