package io.cartograph.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.junit.jupiter.api.BeforeEach;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Named;

/** Editor tests: a workspace, objects made through commands, their editor opened as the workbench would. */
abstract class EditorTest extends LandscapeTest {

	@BeforeEach
	void openWorkspace() {
		harness.createWorkspace(temp.resolve("ws"), "Editors");
	}

	/** A new object added to the owner's list by a command (as the explorer's New does). */
	<T extends EObject> T add(EObject owner, EReference feature, Class<T> type, String name) {
		T created = Identities.create(feature.getEReferenceType(), type);
		if (created instanceof Named named) {
			named.setName(name);
		}
		assertTrue(harness.edits().add(owner, feature, created));
		return created;
	}

	void open(Object input) {
		EditorInput key = input instanceof EObject object ? EditorInput.of(object) : EditorInput.of((SettingsPage) input);
		harness.editors.open(key, "editor");
		harness.driver.flush();
	}

	BasicCommandStack stack() {
		return harness.model().commandStack();
	}

	/**
	 * Runs the gesture and checks that it executed a command. That it is one command is shown by
	 * the tests: a single undo brings back the state from before the gesture.
	 */
	void edit(Runnable gesture) {
		Object before = stack().getUndoCommand();
		gesture.run();
		harness.driver.flush();
		assertTrue(stack().getUndoCommand() != null && stack().getUndoCommand() != before, "the gesture ran a command");
	}

	/** Checks that the gesture changed nothing: no command, nothing to undo beyond what was there. */
	void refused(Runnable gesture) {
		Object before = stack().getUndoCommand();
		gesture.run();
		harness.driver.flush();
		assertEquals(before, stack().getUndoCommand(), "the gesture must not run a command");
	}

	void undo() {
		assertTrue(stack().canUndo());
		stack().undo();
		harness.driver.flush();
	}
}
