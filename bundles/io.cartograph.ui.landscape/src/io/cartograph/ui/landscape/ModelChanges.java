package io.cartograph.ui.landscape;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.swt.widgets.Display;

import io.cartograph.core.model.LandscapeModel;

/**
 * Tells a view about every executed, undone or redone command of the model it follows, and
 * about saves, on the display's thread, with the objects the command affected.
 */
public final class ModelChanges {

	private final Display display;
	private final Consumer<List<?>> listener;
	private final Runnable onChange = this::changed;
	private LandscapeModel model;

	public ModelChanges(Display display, Consumer<List<?>> listener) {
		this.display = display;
		this.listener = listener;
	}

	/** Follows another model (or none). */
	public void follow(LandscapeModel next) {
		if (model != null) {
			model.removeDirtyListener(onChange);
		}
		model = next;
		if (next != null) {
			next.addDirtyListener(onChange);
		}
	}

	private void changed() {
		LandscapeModel changed = model;
		if (changed == null) {
			return;
		}
		List<?> affected = affectedBy(changed.commandStack().getMostRecentCommand());
		if (Display.getCurrent() == display) {
			listener.accept(affected);
		} else if (!display.isDisposed()) {
			// A background job changed the model: views update on their own thread.
			display.asyncExec(() -> {
				if (model == changed) {
					listener.accept(affected);
				}
			});
		}
	}

	/** The objects a command affected, looking into compound commands (a delete is one). */
	public static List<Object> affectedBy(Command command) {
		List<Object> affected = new ArrayList<>();
		if (command instanceof CompoundCommand compound) {
			for (Command part : compound.getCommandList()) {
				affected.addAll(affectedBy(part));
			}
		}
		if (command != null) {
			affected.addAll(command.getAffectedObjects());
		}
		return affected;
	}
}
