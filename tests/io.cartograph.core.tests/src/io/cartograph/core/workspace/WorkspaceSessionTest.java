package io.cartograph.core.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceSessionTest {

	@TempDir
	Path folder;

	/** Stands in for a model edit. */
	private static final class Rename extends AbstractCommand {
		final StringBuilder name;
		final String before;
		final String after;

		Rename(StringBuilder name, String after) {
			super("Rename");
			this.name = name;
			this.before = name.toString();
			this.after = after;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			name.replace(0, name.length(), after);
		}

		@Override
		public void undo() {
			name.replace(0, name.length(), before);
		}

		@Override
		public void redo() {
			execute();
		}
	}

	@Test
	void switchingClosesThePreviousWorkspaceTellsListenersAndStartsAFreshUndoHistory() {
		Workspace acme = Workspace.create(folder.resolve("acme"), "ACME");
		Workspace globex = Workspace.create(folder.resolve("globex"), "Globex");
		WorkspaceSession session = new WorkspaceSession();
		List<Workspace> told = new ArrayList<>();
		session.addListener(told::add);

		assertEquals(Optional.empty(), session.current());
		session.switchTo(acme);
		assertEquals(Optional.of(acme), session.current());
		assertEquals(List.of(acme), told);

		BasicCommandStack acmeStack = session.commandStack();
		StringBuilder systemName = new StringBuilder("ERP");
		acmeStack.execute(new Rename(systemName, "S/4HANA"));
		assertEquals("S/4HANA", systemName.toString());
		assertTrue(session.isDirty());
		assertTrue(acmeStack.canUndo());

		session.switchTo(globex);

		assertTrue(acme.isClosed(), "previous workspace closed");
		assertFalse(globex.isClosed());
		assertEquals(Optional.of(globex), session.current());
		assertEquals(List.of(acme, globex), told);
		assertNotSame(acmeStack, session.commandStack());
		assertFalse(session.commandStack().canUndo(), "nothing to undo in the new workspace");
		assertFalse(session.isDirty());
		assertFalse(acmeStack.canUndo(), "old history dropped");

		session.close();
		assertTrue(globex.isClosed());
		assertEquals(Optional.empty(), session.current());
		assertEquals(Arrays.asList(acme, globex, null), told);
	}

	@Test
	void switchingToTheCurrentWorkspaceChangesNothing() {
		Workspace acme = Workspace.create(folder, "ACME");
		WorkspaceSession session = new WorkspaceSession();
		session.switchTo(acme);
		BasicCommandStack stack = session.commandStack();
		stack.execute(new Rename(new StringBuilder("a"), "b"));
		List<Workspace> told = new ArrayList<>();
		session.addListener(told::add);

		session.switchTo(acme);

		assertFalse(acme.isClosed());
		assertSame(stack, session.commandStack());
		assertTrue(session.isDirty());
		assertEquals(List.of(), told);
		session.close();
	}

	@Test
	void savingMakesTheSessionCleanAgainAndUndoMakesItDirty() {
		WorkspaceSession session = new WorkspaceSession();
		session.switchTo(Workspace.create(folder, "ACME"));
		StringBuilder name = new StringBuilder("old");
		session.commandStack().execute(new Rename(name, "new"));
		session.commandStack().saveIsDone();
		assertFalse(session.isDirty());

		session.commandStack().undo();
		assertEquals("old", name.toString());
		assertTrue(session.isDirty());
		session.close();
	}

	@Test
	void aRemovedListenerIsNotToldAnyMore() {
		WorkspaceSession session = new WorkspaceSession();
		List<Workspace> told = new ArrayList<>();
		Consumer<Workspace> listener = told::add;
		session.addListener(listener);
		session.removeListener(listener);
		session.switchTo(Workspace.create(folder, "ACME"));
		assertEquals(List.of(), told);
		session.close();
	}
}
