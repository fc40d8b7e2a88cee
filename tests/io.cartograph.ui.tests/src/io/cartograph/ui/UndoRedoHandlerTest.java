package io.cartograph.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.core.workspace.WorkspaceSession;
import io.cartograph.ui.handlers.RedoHandler;
import io.cartograph.ui.handlers.UndoHandler;

class UndoRedoHandlerTest {

	@TempDir
	Path temp;

	private final WorkspaceSession session = new WorkspaceSession();

	@AfterEach
	void close() {
		session.close();
	}

	@Test
	void undoAndRedoFollowTheWorkspaceCommandStack() {
		session.switchTo(Workspace.create(temp.resolve("ws"), "Undo"));
		UndoHandler undo = new UndoHandler();
		RedoHandler redo = new RedoHandler();
		assertFalse(undo.canExecute(session), "nothing to undo in a fresh workspace");
		assertFalse(redo.canExecute(session));

		List<String> systems = new ArrayList<>();
		session.commandStack().execute(new AddSystem(systems, "S/4HANA"));
		session.commandStack().execute(new AddSystem(systems, "Salesforce"));
		assertTrue(undo.canExecute(session));

		undo.execute(session);
		assertEquals(List.of("S/4HANA"), systems);
		assertTrue(redo.canExecute(session));

		redo.execute(session);
		assertEquals(List.of("S/4HANA", "Salesforce"), systems);
		assertFalse(redo.canExecute(session));
	}

	@Test
	void aWorkspaceSwitchStartsAFreshHistory() {
		session.switchTo(Workspace.create(temp.resolve("a"), "A"));
		session.commandStack().execute(new AddSystem(new ArrayList<>(), "ERP"));
		assertTrue(new UndoHandler().canExecute(session));

		session.switchTo(Workspace.create(temp.resolve("b"), "B"));

		assertFalse(new UndoHandler().canExecute(session), "undo must not reach into another workspace");
	}

	/** A stand-in for a model edit: the landscape model's own commands arrive with issue 3. */
	private static final class AddSystem extends AbstractCommand {
		private final List<String> systems;
		private final String name;

		AddSystem(List<String> systems, String name) {
			super("Add system " + name);
			this.systems = systems;
			this.name = name;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			systems.add(name);
		}

		@Override
		public void undo() {
			systems.remove(name);
		}

		@Override
		public void redo() {
			execute();
		}
	}
}
