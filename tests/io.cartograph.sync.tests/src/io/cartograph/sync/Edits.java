package io.cartograph.sync;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;

/** Edits made the way the editors make them: commands on the model's command stack. */
final class Edits {

	private static final LandscapePackage L = LandscapePackage.eINSTANCE;

	private Edits() {
	}

	static void run(LandscapeModel model, Command command) {
		if (!command.canExecute()) {
			throw new AssertionError("cannot execute " + command.getLabel());
		}
		model.commandStack().execute(command);
	}

	static void set(LandscapeModel model, EObject object, EStructuralFeature feature, Object value) {
		run(model, SetCommand.create(model.editingDomain(), object, feature, value));
	}

	static void rename(LandscapeModel model, EObject object, String name) {
		set(model, object, LandscapePackage.Literals.NAMED__NAME, name);
	}

	static LandscapeSystem addSystem(LandscapeModel model, String name) {
		LandscapeSystem system = Identities.create(L.getLandscapeSystem(), LandscapeSystem.class);
		system.setName(name);
		run(model, AddCommand.create(model.editingDomain(), model.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS,
				system));
		return system;
	}

	static Interface addInterface(LandscapeModel model, String name, LandscapeSystem sender) {
		Interface created = Identities.create(L.getInterface(), Interface.class);
		created.setName(name);
		created.setSender(sender);
		run(model, AddCommand.create(model.editingDomain(), model.interfaces(),
				LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, created));
		return created;
	}

	static void delete(LandscapeModel model, EObject object) {
		run(model, DeleteCommand.create(model.editingDomain(), object));
	}

	static LandscapeSystem system(LandscapeModel model, String name) {
		return model.landscape().getSystems().stream().filter(s -> name.equals(s.getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no system " + name + " in " + names(model)));
	}

	static List<String> names(LandscapeModel model) {
		return model.landscape().getSystems().stream().map(LandscapeSystem::getName).toList();
	}
}
