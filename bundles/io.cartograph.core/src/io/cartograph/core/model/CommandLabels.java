package io.cartograph.core.model;

import java.util.Collection;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;

import io.cartograph.model.landscape.Named;

/**
 * Says what a command did in words a user recognises, for Edit > Undo and Redo:
 * "Change name of ERP", "Delete Order to cash", "Add 3 interfaces".
 */
public final class CommandLabels {

	private CommandLabels() {
	}

	public static String describe(Command command) {
		if (command == null) {
			return "";
		}
		if (command instanceof SetCommand set) {
			return "Change " + words(set.getFeature()) + " of " + nameOf(set.getOwner());
		}
		if (command instanceof CreateChildCommand) {
			return command.getLabel();
		}
		if (command instanceof DeleteCommand delete) {
			return "Delete " + count(delete.getCollection());
		}
		if (command instanceof AddCommand add) {
			return "Add " + count(add.getCollection());
		}
		if (command instanceof RemoveCommand remove) {
			return "Remove " + count(remove.getCollection());
		}
		if (command instanceof MoveCommand move) {
			return "Move " + nameOf(move.getValue());
		}
		// A wrapper around one command says what the command says.
		if (command instanceof CompoundCommand compound && compound.getCommandList().size() == 1) {
			return describe(compound.getCommandList().get(0));
		}
		String label = command.getLabel();
		return label == null || label.isBlank() || label.startsWith("_UI_") ? "Change" : label;
	}

	private static String count(Collection<?> objects) {
		Object first = objects == null || objects.isEmpty() ? null : objects.iterator().next();
		if (objects != null && objects.size() == 1) {
			return nameOf(first);
		}
		String type = first instanceof EObject object ? typeName(object) : "item";
		return (objects == null ? 0 : objects.size()) + " " + type + (type.endsWith("s") ? "es" : "s");
	}

	static String nameOf(Object object) {
		if (object instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		if (object instanceof EObject eObject) {
			return typeName(eObject);
		}
		return object instanceof CommandParameter ? "item" : String.valueOf(object);
	}

	private static String typeName(EObject object) {
		return words(object.eClass().getName()).replace("landscape ", "");
	}

	private static String words(EStructuralFeature feature) {
		return feature == null ? "value" : words(feature.getName());
	}

	/** camelCase or PascalCase to lower-case words: "originalSender" is "original sender". */
	static String words(String identifier) {
		return identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
	}
}
