package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.command.CopyToClipboardCommand;
import org.eclipse.emf.edit.command.CreateChildCommand;
import org.eclipse.emf.edit.command.CutToClipboardCommand;
import org.eclipse.emf.edit.command.PasteFromClipboardCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

class UuidTest {

	private static final String UUID_FORM = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

	@TempDir
	Path folder;

	private Path files;
	private LandscapeModel model;

	@BeforeEach
	void open() throws IOException {
		files = folder.resolve("landscape");
		model = LandscapeModel.create(files, "UUIDs");
	}

	@AfterEach
	void close() {
		model.close();
	}

	@Test
	void anObjectCreatedByACommandGetsAUuidThatUndoRedoAndSaveKeep() throws IOException {
		CommandParameter newSystem = model.editingDomain().getNewChildDescriptors(model.landscape(), null).stream()
				.map(CommandParameter.class::cast)
				.filter(descriptor -> descriptor.getEStructuralFeature() == LandscapePackage.Literals.LANDSCAPE__SYSTEMS)
				.findFirst().orElseThrow();
		Command create = CreateChildCommand.create(model.editingDomain(), model.landscape(), newSystem,
				List.of(model.landscape()));
		model.commandStack().execute(create);
		LandscapeSystem system = (LandscapeSystem) create.getResult().iterator().next();
		String uuid = system.getUuid();

		assertTrue(uuid.matches(UUID_FORM), uuid);
		assertSame(system, model.find(uuid).orElseThrow());

		model.commandStack().undo();
		assertFalse(model.landscape().getSystems().contains(system));
		assertEquals(uuid, system.getUuid());
		assertEquals(Optional.empty(), model.find(uuid), "an undone object is not in the model");

		model.commandStack().redo();
		assertTrue(model.landscape().getSystems().contains(system));
		assertEquals(uuid, system.getUuid());
		assertSame(system, model.find(uuid).orElseThrow());

		model.save();
		try (LandscapeModel reopened = LandscapeModel.open(files, "x")) {
			LandscapeSystem loaded = (LandscapeSystem) reopened.find(uuid).orElseThrow();
			assertEquals(Optional.of(ModelFile.LANDSCAPE), reopened.fileOf(loaded));
		}
	}

	@Test
	void anObjectAddedWithoutACommandGetsOneWithEverythingInIt() {
		LandscapeSystem system = LandscapeFactory.eINSTANCE.createLandscapeSystem();
		PropertyValue value = LandscapeFactory.eINSTANCE.createPropertyValue();
		system.getProperties().add(value);
		assertEquals(null, system.getUuid());

		model.landscape().getSystems().add(system);

		assertTrue(system.getUuid().matches(UUID_FORM));
		assertTrue(value.getUuid().matches(UUID_FORM));
		assertNotEquals(system.getUuid(), value.getUuid());
		assertSame(value, model.find(value.getUuid()).orElseThrow());
	}

	@Test
	void aPastedCopyGetsItsOwnUuidAndReferencesStillFindTheOriginal() throws IOException {
		LandscapeSystem original = addSystem("ERP");
		String uuid = original.getUuid();
		Interface anInterface = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		anInterface.setSender(original);
		model.interfaces().getInterfaces().add(anInterface);

		model.commandStack().execute(CopyToClipboardCommand.create(model.editingDomain(), List.of(original)));
		model.commandStack().execute(PasteFromClipboardCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__SYSTEMS));

		assertEquals(2, model.landscape().getSystems().size());
		LandscapeSystem copy = model.landscape().getSystems().get(1);
		assertNotSame(original, copy);
		assertEquals("ERP", copy.getName());
		assertEquals(uuid, original.getUuid());
		assertTrue(copy.getUuid().matches(UUID_FORM));
		assertNotEquals(uuid, copy.getUuid());
		assertSame(original, model.find(uuid).orElseThrow());
		assertSame(original, model.resource(ModelFile.LANDSCAPE).getEObject(uuid));
		assertSame(copy, model.resource(ModelFile.LANDSCAPE).getEObject(copy.getUuid()));

		copy.setName("ERP (copy)");
		model.save();
		try (LandscapeModel reopened = LandscapeModel.open(files, "x")) {
			assertEquals("ERP", reopened.interfaces().getInterfaces().get(0).getSender().getName());
		}
	}

	@Test
	void cutAndPasteMovesAnObjectWithItsUuid() {
		TagCategory criticality = Identities.create(LandscapePackage.Literals.TAG_CATEGORY, TagCategory.class);
		TagCategory region = Identities.create(LandscapePackage.Literals.TAG_CATEGORY, TagCategory.class);
		TagValue high = Identities.create(LandscapePackage.Literals.TAG_VALUE, TagValue.class);
		high.setName("High");
		criticality.getValues().add(high);
		model.landscape().getTagCategories().addAll(List.of(criticality, region));
		String uuid = high.getUuid();

		model.commandStack().execute(CutToClipboardCommand.create(model.editingDomain(), List.of(high)));
		model.commandStack().execute(PasteFromClipboardCommand.create(model.editingDomain(), region,
				LandscapePackage.Literals.TAG_CATEGORY__VALUES));

		assertEquals(List.of(), criticality.getValues());
		assertEquals(1, region.getValues().size());
		assertEquals(uuid, region.getValues().get(0).getUuid());
		assertSame(region.getValues().get(0), model.find(uuid).orElseThrow());
	}

	@Test
	void addingTheSameObjectBackKeepsItsUuid() {
		LandscapeSystem system = addSystem("CRM");
		String uuid = system.getUuid();
		model.landscape().getSystems().remove(system);
		model.commandStack().execute(AddCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__SYSTEMS, system));
		assertEquals(uuid, system.getUuid());
	}

	private LandscapeSystem addSystem(String name) {
		LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		system.setName(name);
		model.landscape().getSystems().add(system);
		return system;
	}
}
