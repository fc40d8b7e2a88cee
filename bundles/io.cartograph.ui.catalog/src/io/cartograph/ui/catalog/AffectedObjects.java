package io.cartograph.ui.catalog;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;

/** What a command changed, as far as it says: tells the catalog how much it must read again. */
final class AffectedObjects {

	private AffectedObjects() {
	}

	/** The objects a command affected, looking into compound commands (a delete is one). */
	static List<Object> of(Command command) {
		List<Object> affected = new ArrayList<>();
		if (command instanceof CompoundCommand compound) {
			for (Command part : compound.getCommandList()) {
				affected.addAll(of(part));
			}
		}
		if (command != null) {
			affected.addAll(command.getAffectedObjects());
		}
		return affected;
	}
}
