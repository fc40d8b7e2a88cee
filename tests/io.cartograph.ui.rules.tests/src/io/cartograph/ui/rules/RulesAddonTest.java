package io.cartograph.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.custom.CTabFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.tests.support.WorkbenchWindow;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;

/**
 * The add-on that answers the Landscape Explorer's requests for the rules editor, Strategy Fit
 * and To-do, over a small application model with this bundle's part descriptors.
 */
class RulesAddonTest {

	@TempDir
	Path temp;
	WorkbenchWindow workbench;
	RulesAddon addon;

	@BeforeEach
	void start() throws Exception {
		workbench = new WorkbenchWindow(RulesAddonTest.class);
		addon = workbench.addon(RulesAddon.class);
	}

	@AfterEach
	void stop() {
		workbench.close();
	}

	@Test
	void listensToTheExplorersRequests() throws Exception {
		UIEventTopic topic = RulesAddon.class.getMethod("openView", DedicatedView.class).getParameters()[0]
				.getAnnotation(UIEventTopic.class);
		assertEquals(LandscapeTopics.OPEN_VIEW, topic.value());
	}

	@Test
	void opensTheRulesEditorInTheEditorStackOnceAndActivatesIt() {
		addon.openView(DedicatedView.TRANSFORMATION_RULES);
		MPart editor = only(RulesEditorPart.PART_ID);
		assertSame(workbench.stack(WorkbenchWindow.EDITOR_STACK), editor.getParent());
		assertSame(editor, editor.getParent().getSelectedElement());
		assertEquals(List.of(editor), workbench.activated());

		addon.openView(DedicatedView.OBJECT_RULES);
		assertSame(editor, only(RulesEditorPart.PART_ID), "the one editor is brought forward again");
		assertEquals(List.of(editor, editor), workbench.activated());
	}

	@Test
	void opensStrategyFitToDoAndProposalsInTheBottomStack() {
		addon.openView(DedicatedView.STRATEGY_FIT);
		MPart fit = only(StrategyFitPart.PART_ID);
		assertSame(workbench.stack(WorkbenchWindow.BOTTOM_STACK), fit.getParent());

		addon.openView(DedicatedView.TODO);
		MPart todo = only(TodoPart.PART_ID);
		assertSame(workbench.stack(WorkbenchWindow.BOTTOM_STACK), todo.getParent());
		assertSame(todo, todo.getParent().getSelectedElement());
		assertEquals(List.of(fit, todo), workbench.activated());

		addon.openView(DedicatedView.END_TO_END_PROPOSALS);
		MPart proposals = only(ProposalsPart.PART_ID);
		assertSame(workbench.stack(WorkbenchWindow.BOTTOM_STACK), proposals.getParent());
		assertEquals(List.of(fit, todo, proposals), workbench.activated());
	}

	@Test
	void leavesOtherBundlesViewsAlone() {
		addon.openView(DedicatedView.INTERFACE_CATALOG);
		assertTrue(workbench.activated().isEmpty());
		assertTrue(workbench.stack(WorkbenchWindow.EDITOR_STACK).getChildren().isEmpty());
		assertTrue(workbench.stack(WorkbenchWindow.BOTTOM_STACK).getChildren().isEmpty());
	}

	@Test
	void theRulesEditorBringsTheAskedForRulesToTheFront() {
		try (RulesHarness harness = new RulesHarness()) {
			harness.createWorkspace(temp.resolve("ws"));
			RulesEditorPart editor = harness.open(RulesEditorPart.class);
			CTabFolder tabs = harness.driver.find(harness.shell, "rules.tabs", CTabFolder.class);
			editor.bringForward(DedicatedView.OBJECT_RULES);
			assertEquals("Object Rules", tabs.getSelection().getText());
			editor.bringForward(DedicatedView.TRANSFORMATION_RULES);
			assertEquals("Object Rules", tabs.getSelection().getText(), "the editor as it was left");
			editor.bringForward(DedicatedView.SYSTEM_RULES);
			assertEquals("System Mapping Rules", tabs.getSelection().getText());
		}
	}

	private MPart only(String id) {
		List<MPart> parts = workbench.parts(id);
		assertEquals(1, parts.size(), id);
		return parts.get(0);
	}
}
