package io.cartograph.core.model;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.IdentityCommand;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The landscape's undo history, which also knows which files each command changed. A file is
 * unsaved when a command between its last save and the present changed it, or when it was
 * changed outside any command. So undoing back to the saved state makes a file clean again,
 * and a save rewrites only the files that really differ.
 */
final class ModelCommandStack extends BasicCommandStack {

	/** Stands for "before the first command" as a file's save point. */
	private static final Command START = new IdentityCommand();

	private final Map<Command, Set<Resource>> touched = new IdentityHashMap<>();
	private final Map<Resource, Command> savedAt = new IdentityHashMap<>();
	private final Set<Resource> changedOutside = new HashSet<>();
	/** The command being executed, undone or redone; null outside commands. */
	private Command running;

	/** Starts following a file; {@code unsaved}: it is not on disk as it is in memory. */
	void follow(Resource resource, boolean unsaved) {
		savedAt.put(resource, current());
		if (unsaved) {
			changedOutside.add(resource);
		}
	}

	/** Told by the file about every change of its objects. */
	void changed(Resource resource) {
		if (running == null) {
			changedOutside.add(resource);
		} else {
			touched.computeIfAbsent(running, command -> new HashSet<>()).add(resource);
		}
	}

	void saved(Resource resource) {
		changedOutside.remove(resource);
		savedAt.put(resource, current());
	}

	boolean unsaved(Resource resource) {
		if (changedOutside.contains(resource)) {
			return true;
		}
		int saved = indexOf(savedAt.getOrDefault(resource, START));
		if (saved == Integer.MIN_VALUE) {
			return true;
		}
		for (int index = Math.min(saved, top) + 1; index <= Math.max(saved, top); index++) {
			if (touched.getOrDefault(commandList.get(index), Set.of()).contains(resource)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void execute(Command command) {
		List<Command> redoable = List.of();
		if (command != null && command.canExecute()) {
			redoable = List.copyOf(commandList.subList(top + 1, commandList.size()));
			keepSavePointsOfRedoableCommands();
		}
		run(command, () -> super.execute(command));
		if (getMostRecentCommand() == command) {
			redoable.forEach(touched::remove);
		}
	}

	@Override
	public void undo() {
		run(canUndo() ? commandList.get(top) : null, super::undo);
	}

	@Override
	public void redo() {
		run(canRedo() ? commandList.get(top + 1) : null, super::redo);
	}

	private void run(Command command, Runnable action) {
		running = command;
		try {
			action.run();
		} finally {
			finish();
		}
	}

	/** Runs before the listeners hear of the command, so that they see the files' state after it. */
	@Override
	protected void notifyListeners() {
		finish();
		super.notifyListeners();
	}

	/** A command that failed half-way is not in the history, but what it changed stays changed. */
	private void finish() {
		if (running != null) {
			if (getMostRecentCommand() != running) {
				changedOutside.addAll(touched.getOrDefault(running, Set.of()));
			}
			running = null;
		}
	}

	@Override
	public void flush() {
		// BasicCommandStack's constructor does not flush, but guard against a future one that does.
		if (savedAt != null) {
			for (Resource resource : savedAt.keySet()) {
				if (unsaved(resource)) {
					changedOutside.add(resource);
				}
			}
			if (running != null) {
				changedOutside.addAll(touched.getOrDefault(running, Set.of()));
			}
			touched.clear();
			savedAt.replaceAll((resource, command) -> START);
		}
		super.flush();
	}

	/**
	 * Executing a new command drops the commands that could be redone. A file saved in a state
	 * only they lead back to gets the present as its save point, marked unsaved if it differs.
	 */
	private void keepSavePointsOfRedoableCommands() {
		for (Map.Entry<Resource, Command> entry : savedAt.entrySet()) {
			if (indexOf(entry.getValue()) > top) {
				if (unsaved(entry.getKey())) {
					changedOutside.add(entry.getKey());
				}
				entry.setValue(current());
			}
		}
	}

	private Command current() {
		return top < 0 ? START : commandList.get(top);
	}

	/** -1 for the start, MIN_VALUE when the command is no longer in the history. */
	private int indexOf(Command command) {
		if (command == START) {
			return -1;
		}
		for (int index = commandList.size() - 1; index >= 0; index--) {
			if (commandList.get(index) == command) {
				return index;
			}
		}
		return Integer.MIN_VALUE;
	}
}
