package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.TestWorkspaces;
import io.cartograph.ui.explorer.ExplorerPart;

class ExplorerPartTest extends PartTest {

	@Test
	void showsTheWorkspaceFolderWithFoldersFirstAndHidesDotFiles() throws Exception {
		Path root = temp.resolve("acme");
		harness.openWorkspace(root, "ACME landscape");
		TestWorkspaces.write(root.resolve("notes.txt"), "kick-off on Monday");
		TestWorkspaces.write(root.resolve(".hidden"), "not for the user");
		harness.open(ExplorerPart.class);

		Tree tree = harness.driver.find(harness.shell, ExplorerPart.TREE_ID, Tree.class);
		assertEquals(1, tree.getItemCount());
		TreeItem workspace = tree.getItem(0);
		assertEquals("ACME landscape", workspace.getText());
		List<String> children = texts(workspace.getItems());
		assertTrue(children.contains("landscape"), children::toString);
		assertTrue(!children.contains("ACME landscape"), "the workspace must not nest itself: " + children);
		assertTrue(children.contains("store"), children::toString);
		assertTrue(children.stream().anyMatch(text -> text.startsWith("notes.txt  (18 B)")), children::toString);
		assertTrue(children.stream().noneMatch(text -> text.startsWith(".hidden")), children::toString);
		int firstFile = children.indexOf(children.stream().filter(t -> t.contains("(")).findFirst().orElseThrow());
		assertTrue(children.subList(0, firstFile).stream().noneMatch(t -> t.contains("(")), "folders come first: " + children);

		Label status = harness.driver.find(harness.shell, ExplorerPart.STATUS_ID, Label.class);
		assertTrue(status.getToolTipText().endsWith("acme"), status.getToolTipText());
	}

	@Test
	void followsAWorkspaceSwitch() {
		harness.openWorkspace(temp.resolve("first"), "First");
		harness.open(ExplorerPart.class);
		Tree tree = harness.driver.find(harness.shell, ExplorerPart.TREE_ID, Tree.class);
		assertEquals("First", tree.getItem(0).getText());

		harness.openWorkspace(temp.resolve("second"), "Second");

		harness.driver.waitUntil("the explorer to show the second workspace",
				() -> tree.getItemCount() == 1 && "Second".equals(tree.getItem(0).getText()));
	}

	@Test
	void saysSoWhenNoWorkspaceIsOpen() {
		harness.open(ExplorerPart.class);
		Tree tree = harness.driver.find(harness.shell, ExplorerPart.TREE_ID, Tree.class);
		Label status = harness.driver.find(harness.shell, ExplorerPart.STATUS_ID, Label.class);
		assertEquals(0, tree.getItemCount());
		assertTrue(status.getText().contains("File > Open Workspace"), status.getText());
	}

	private static List<String> texts(TreeItem[] items) {
		List<String> texts = new ArrayList<>();
		for (TreeItem item : items) {
			texts.add(item.getText());
		}
		return texts;
	}
}
