package io.cartograph.rules;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/**
 * A compound command whose parts are built one after the other, each when the ones before it
 * have executed: a later part may need what an earlier one created (the rules of an INVENTORY
 * run apply to the interfaces the run just added). Undo and redo treat all parts as one step.
 * A part that is null or cannot execute is left out.
 */
public final class ChainedCommand extends CompoundCommand {

	private final List<Supplier<Command>> parts;

	public ChainedCommand(String label, String description, List<Supplier<Command>> parts) {
		super(label, description);
		this.parts = List.copyOf(parts);
	}

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public void execute() {
		for (Supplier<Command> part : parts) {
			Command command = part.get();
			if (command != null && command.canExecute()) {
				appendAndExecute(command);
			}
		}
	}
}
