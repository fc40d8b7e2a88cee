package io.cartograph.ui.landscape;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.cartograph.core.model.LandscapeModel;

/**
 * Every change the landscape UI makes, as one EMF command on the model's editing domain, so that
 * each user action is one step of undo. Changes that would not change anything are not run:
 * they would only leave empty steps in the undo history.
 */
public final class Edits {

	private final LandscapeModel model;

	public Edits(LandscapeModel model) {
		this.model = model;
	}

	public LandscapeModel model() {
		return model;
	}

	public EditingDomain domain() {
		return model.editingDomain();
	}

	/** Sets a feature (a whole list for a many-valued one). */
	public boolean set(EObject owner, EStructuralFeature feature, Object value) {
		Object current = owner.eGet(feature);
		if (feature.isMany() ? List.copyOf((Collection<?>) current).equals(List.copyOf((Collection<?>) value))
				: Objects.equals(current, value)) {
			return false;
		}
		return run(SetCommand.create(domain(), owner, feature, value));
	}

	public boolean add(EObject owner, EStructuralFeature feature, Object value) {
		return run(AddCommand.create(domain(), owner, feature, value));
	}

	/** Adds at an index of the list. */
	public boolean add(EObject owner, EStructuralFeature feature, Object value, int index) {
		return run(AddCommand.create(domain(), owner, feature, value, index));
	}

	public boolean addAll(EObject owner, EStructuralFeature feature, Collection<?> values) {
		return !values.isEmpty() && run(AddCommand.create(domain(), owner, feature, values));
	}

	public boolean remove(EObject owner, EStructuralFeature feature, Collection<?> values) {
		return !values.isEmpty() && run(RemoveCommand.create(domain(), owner, feature, values));
	}

	public boolean move(EObject owner, EStructuralFeature feature, Object value, int index) {
		List<?> list = (List<?>) owner.eGet(feature);
		if (index < 0 || index >= list.size() || list.indexOf(value) == index) {
			return false;
		}
		return run(MoveCommand.create(domain(), owner, feature, value, index));
	}

	/** Deletes objects and every reference to them. */
	public boolean delete(Collection<?> objects) {
		return !objects.isEmpty() && run(DeleteCommand.create(domain(), objects));
	}

	/** Runs a command when it can run; false (and nothing changed) otherwise. */
	public boolean run(Command command) {
		if (command == null || !command.canExecute()) {
			if (command != null) {
				command.dispose();
			}
			return false;
		}
		model.commandStack().execute(command);
		return true;
	}
}
