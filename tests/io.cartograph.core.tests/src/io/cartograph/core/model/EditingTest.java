package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

/** Undo and redo through the editing domain's command stack, and which files they leave unsaved. */
class EditingTest {

	private static final Set<ModelFile> NONE = Set.of();
	private static final Set<ModelFile> LANDSCAPE = Set.of(ModelFile.LANDSCAPE);

	@TempDir
	Path folder;

	private Path files;
	private LandscapeModel model;

	@BeforeEach
	void open() throws IOException {
		files = folder.resolve("landscape");
		model = LandscapeModel.create(files, "Editing");
	}

	@AfterEach
	void close() {
		model.close();
	}

	@Test
	void undoingBackToTheSaveMakesTheFileCleanAgain() throws IOException {
		assertEquals(NONE, model.dirtyFiles());
		assertFalse(model.isDirty());

		set(model.landscape(), LandscapePackage.Literals.NAMED__NAME, "Renamed");
		assertEquals(LANDSCAPE, model.dirtyFiles());
		assertTrue(model.isDirty());

		model.commandStack().undo();
		assertEquals("Editing", model.landscape().getName());
		assertEquals(NONE, model.dirtyFiles());
		assertFalse(model.isDirty());

		model.commandStack().redo();
		assertEquals("Renamed", model.landscape().getName());
		assertEquals(LANDSCAPE, model.dirtyFiles());

		model.save();
		assertEquals(NONE, model.dirtyFiles());
		model.commandStack().undo();
		assertEquals("Editing", model.landscape().getName());
		assertEquals(LANDSCAPE, model.dirtyFiles(), "differs from the saved file now");
		assertTrue(model.isDirty());
		model.commandStack().redo();
		assertEquals(NONE, model.dirtyFiles(), "back at the saved state");
		assertFalse(model.isDirty());
	}

	@Test
	void aReferenceChangesTheFileOfTheObjectThatHoldsIt() throws IOException {
		LandscapeSystem erp = addSystem("ERP");
		Interface orders = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		execute(AddCommand.create(model.editingDomain(), model.interfaces(),
				LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, orders));
		assertEquals(Set.of(ModelFile.LANDSCAPE, ModelFile.INTERFACES), model.dirtyFiles());
		model.save();

		set(orders, LandscapePackage.Literals.INTERFACE__SENDER, erp);

		assertEquals(Set.of(ModelFile.INTERFACES), model.dirtyFiles());
	}

	@Test
	void deletingASystemRemovesTheReferencesToItAndUndoBringsAllBack() throws IOException {
		LandscapeSystem erp = addSystem("ERP");
		LandscapeSystem crm = addSystem("CRM");
		Interface orders = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		orders.setSender(erp);
		orders.setReceiver(crm);
		model.interfaces().getInterfaces().add(orders);
		SystemMappingRule rule = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		rule.setHarmonizedSystem(erp);
		model.rules().getSystemMappingRules().add(rule);
		model.save();

		execute(DeleteCommand.create(model.editingDomain(), erp));

		assertEquals(List.of(crm), model.landscape().getSystems());
		assertNull(orders.getSender());
		assertSame(crm, orders.getReceiver());
		assertNull(rule.getHarmonizedSystem());
		assertEquals(Set.of(ModelFile.LANDSCAPE, ModelFile.INTERFACES, ModelFile.RULES), model.dirtyFiles());

		model.commandStack().undo();
		assertEquals(List.of(erp, crm), model.landscape().getSystems());
		assertSame(erp, orders.getSender());
		assertSame(erp, rule.getHarmonizedSystem());
		assertEquals(NONE, model.dirtyFiles());

		model.commandStack().redo();
		model.save();
		try (LandscapeModel reopened = LandscapeModel.open(files, "x")) {
			assertEquals(List.of("CRM"), reopened.landscape().getSystems().stream().map(LandscapeSystem::getName).toList());
			assertNull(reopened.interfaces().getInterfaces().get(0).getSender());
			assertEquals("CRM", reopened.interfaces().getInterfaces().get(0).getReceiver().getName());
		}
	}

	@Test
	void removeAndAddUndoAndRedo() throws IOException {
		TagCategory criticality = Identities.create(LandscapePackage.Literals.TAG_CATEGORY, TagCategory.class);
		TagValue high = Identities.create(LandscapePackage.Literals.TAG_VALUE, TagValue.class);
		TagValue low = Identities.create(LandscapePackage.Literals.TAG_VALUE, TagValue.class);
		criticality.getValues().addAll(List.of(high, low));
		model.landscape().getTagCategories().add(criticality);
		model.save();

		execute(RemoveCommand.create(model.editingDomain(), criticality,
				LandscapePackage.Literals.TAG_CATEGORY__VALUES, high));
		assertEquals(List.of(low), criticality.getValues());
		execute(AddCommand.create(model.editingDomain(), criticality,
				LandscapePackage.Literals.TAG_CATEGORY__VALUES, high));
		assertEquals(List.of(low, high), criticality.getValues());
		assertEquals(LANDSCAPE, model.dirtyFiles());

		model.commandStack().undo();
		model.commandStack().undo();
		assertEquals(List.of(high, low), criticality.getValues(), "the original order");
		assertEquals(NONE, model.dirtyFiles());
		model.commandStack().redo();
		assertEquals(List.of(low), criticality.getValues());
		assertEquals(LANDSCAPE, model.dirtyFiles());
	}

	@Test
	void aChangeOutsideCommandsStaysUnsavedWhateverIsUndone() throws IOException {
		model.landscape().setDescription("typed in by an import");
		assertEquals(LANDSCAPE, model.dirtyFiles());
		assertTrue(model.isDirty());

		set(model.landscape(), LandscapePackage.Literals.NAMED__NAME, "Renamed");
		model.commandStack().undo();
		assertEquals(LANDSCAPE, model.dirtyFiles());

		model.save();
		assertEquals(NONE, model.dirtyFiles());
		assertFalse(model.isDirty());
	}

	@Test
	void aNewCommandAfterAnUndoLeavesTheFilesItDoesNotTouchAlone() throws IOException {
		set(model.landscape(), LandscapePackage.Literals.NAMED__NAME, "Renamed");
		Interface orders = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		execute(AddCommand.create(model.editingDomain(), model.interfaces(),
				LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, orders));
		model.save();
		model.commandStack().undo();
		assertEquals(Set.of(ModelFile.INTERFACES), model.dirtyFiles());

		SystemMappingRule rule = Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
		execute(AddCommand.create(model.editingDomain(), model.rules(),
				LandscapePackage.Literals.RULE_BOOK__SYSTEM_MAPPING_RULES, rule));

		assertFalse(model.commandStack().canRedo(), "the undone command is gone");
		assertEquals(Set.of(ModelFile.INTERFACES, ModelFile.RULES), model.dirtyFiles());
		model.commandStack().undo();
		assertEquals(Set.of(ModelFile.INTERFACES), model.dirtyFiles(), "still differs from the save");
		model.commandStack().undo();
		assertEquals(Set.of(ModelFile.INTERFACES, ModelFile.LANDSCAPE), model.dirtyFiles());
	}

	@Test
	void whatACommandChangedBeforeItFailedStaysUnsaved() {
		Command halfDone = new AbstractCommand("Half done") {
			@Override
			protected boolean prepare() {
				return true;
			}

			@Override
			public void execute() {
				model.landscape().setName("half");
				throw new IllegalStateException("broken command");
			}

			@Override
			public void redo() {
				execute();
			}
		};

		model.commandStack().execute(halfDone);

		assertFalse(model.commandStack().canUndo());
		assertEquals(LANDSCAPE, model.dirtyFiles());
	}

	@Test
	void listenersHearEveryCommandUndoAndRedo() {
		List<Set<ModelFile>> heard = new ArrayList<>();
		model.addDirtyListener(() -> heard.add(model.dirtyFiles()));

		set(model.landscape(), LandscapePackage.Literals.NAMED__NAME, "Renamed");
		model.commandStack().undo();
		model.commandStack().redo();

		assertEquals(List.of(LANDSCAPE, NONE, LANDSCAPE), heard);
	}

	private LandscapeSystem addSystem(String name) {
		LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		system.setName(name);
		execute(AddCommand.create(model.editingDomain(), model.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS,
				system));
		return system;
	}

	private void set(EObject owner, EStructuralFeature feature, Object value) {
		execute(SetCommand.create(model.editingDomain(), owner, feature, value));
	}

	private void execute(Command command) {
		assertTrue(command.canExecute(), command.getLabel());
		model.commandStack().execute(command);
	}
}
