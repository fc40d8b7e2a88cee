package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.TagValue;

class ApplyTest {

	@TempDir
	Path folder;

	@Test
	void changesRecordedInOneWorkspaceRebuildTheSameModelInAnother() throws Exception {
		try (TeamFixture team = new TeamFixture(folder, 100)) {
			LandscapeModel a = team.modelA();
			LandscapeModel b = team.modelB();
			List<ChangeSet> recorded = new ArrayList<>();
			try (ChangeSetRecorder recorder = ChangeSetRecorder.attach(a, SyncedFeatures.standard(), () -> 0L,
					recorded::add)) {
				LandscapeSystem bw = Edits.addSystem(a, "BW_PRD");
				Edits.addInterface(a, "Orders", bw);
				Edits.set(a, bw, LandscapePackage.Literals.LANDSCAPE_SYSTEM__DESCRIPTION, "Warehouse");
				Edits.run(a, MoveCommand.create(a.editingDomain(), a.landscape(),
						LandscapePackage.Literals.LANDSCAPE__SYSTEMS, bw, 0));
				Edits.delete(a, Edits.system(a, "CRM_PRD"));
			}

			apply(b, recorded.stream().flatMap(c -> c.changes().stream()).toList());

			assertEquals(List.of("BW_PRD", "ERP_PRD", "HR_PRD"), Edits.names(b));
			LandscapeSystem bw = Edits.system(b, "BW_PRD");
			assertEquals("Warehouse", bw.getDescription());
			assertEquals(Edits.system(a, "BW_PRD").getUuid(), bw.getUuid());
			Interface orders = b.interfaces().getInterfaces().get(0);
			assertSame(bw, orders.getSender(), "the reference points at the object with that UUID");
			assertFalse(b.commandStack().canUndo(), "applied changes are not on the user's undo history");
		}
	}

	@Test
	void positionsHoldWhenOneCommandDeletesAndAppendsAndWhenAnElementMoves() throws Exception {
		try (TeamFixture team = new TeamFixture(folder, 100)) {
			LandscapeModel a = team.modelA();
			LandscapeModel b = team.modelB();
			List<ChangeSet> recorded = new ArrayList<>();
			try (ChangeSetRecorder recorder = ChangeSetRecorder.attach(a, SyncedFeatures.standard(), () -> 0L,
					recorded::add)) {
				LandscapeSystem bw = Edits.addSystem(a, "BW_PRD");
				Interface orders = Edits.addInterface(a, "Orders", bw);
				Interface invoices = Edits.addInterface(a, "Invoices", bw);
				// Delete the first and append after the last in one command: positions must hold.
				CompoundCommand both = new CompoundCommand("Replace");
				both.append(org.eclipse.emf.edit.command.DeleteCommand.create(a.editingDomain(), Edits.system(a, "ERP_PRD")));
				LandscapeSystem s4 = io.cartograph.core.model.Identities.create(LandscapePackage.eINSTANCE.getLandscapeSystem(),
						LandscapeSystem.class);
				s4.setName("S4_PRD");
				both.append(AddCommand.create(a.editingDomain(), a.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS, s4));
				Edits.run(a, both);
				Edits.run(a, MoveCommand.create(a.editingDomain(), a.interfaces(),
						LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES, invoices, 0));
				assertEquals(List.of(invoices, orders), a.interfaces().getInterfaces());
			}

			apply(b, recorded.stream().flatMap(c -> c.changes().stream()).toList());

			assertEquals(List.of("CRM_PRD", "HR_PRD", "BW_PRD", "S4_PRD"), Edits.names(b));
			assertEquals(List.of("Invoices", "Orders"),
					b.interfaces().getInterfaces().stream().map(Interface::getName).toList());
		}
	}

	@Test
	void anObjectMovedToAnotherContainerIsTheSameObjectThere() throws Exception {
		try (TeamFixture team = new TeamFixture(folder, 100)) {
			LandscapeModel a = team.modelA();
			LandscapeModel b = team.modelB();
			List<ChangeSet> setup = new ArrayList<>();
			List<ChangeSet> move = new ArrayList<>();
			TagValue dmz;
			io.cartograph.model.landscape.TagCategory tier;
			try (ChangeSetRecorder recorder = ChangeSetRecorder.attach(a, SyncedFeatures.standard(), () -> 0L,
					setup::add)) {
				io.cartograph.model.landscape.TagCategory zone = io.cartograph.core.model.Identities
						.create(LandscapePackage.eINSTANCE.getTagCategory(), io.cartograph.model.landscape.TagCategory.class);
				tier = io.cartograph.core.model.Identities.create(LandscapePackage.eINSTANCE.getTagCategory(),
						io.cartograph.model.landscape.TagCategory.class);
				dmz = io.cartograph.core.model.Identities.create(LandscapePackage.eINSTANCE.getTagValue(), TagValue.class);
				zone.getValues().add(dmz);
				Edits.run(a, AddCommand.create(a.editingDomain(), a.landscape(),
						LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES, List.of(zone, tier)));
				Edits.run(a, AddCommand.create(a.editingDomain(), Edits.system(a, "ERP_PRD"),
						LandscapePackage.Literals.PROPERTY_HOLDER__TAGS, dmz));
			}
			apply(b, setup.stream().flatMap(c -> c.changes().stream()).toList());
			TagValue dmzInB = (TagValue) b.find(dmz.getUuid()).orElseThrow();
			try (ChangeSetRecorder recorder = ChangeSetRecorder.attach(a, SyncedFeatures.standard(), () -> 0L,
					move::add)) {
				Edits.run(a, AddCommand.create(a.editingDomain(), tier, LandscapePackage.Literals.TAG_CATEGORY__VALUES, dmz));
			}

			apply(b, move.get(0).changes());

			assertSame(dmzInB, b.find(dmz.getUuid()).orElseThrow(), "the same object, not a copy");
			assertEquals(tier.getUuid(), ((io.cartograph.model.landscape.TagCategory) dmzInB.eContainer()).getUuid());
			assertEquals(List.of(dmzInB), Edits.system(b, "ERP_PRD").getTags(), "what pointed to it still does");
		}
	}

	@Test
	void anUnknownObjectIsAProblemAndNothingIsApplied() throws Exception {
		try (TeamFixture team = new TeamFixture(folder, 100)) {
			LandscapeModel b = team.modelB();
			LandscapeSystem erp = Edits.system(b, "ERP_PRD");
			List<Change> changes = List.of(
					Change.set(erp.getUuid(), "LandscapeSystem", "name", RecordingTest.text("ERP_NEW"), RecordingTest.text("ERP_PRD")),
					Change.create("new-1", "LandscapeSystem", "systems", b.landscape().getUuid(),
							com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("name", "BW"), 0),
					Change.set("no-such-uuid", "LandscapeSystem", "name", RecordingTest.text("X"), RecordingTest.text("Y")));

			SyncException problem = assertThrows(SyncException.class, () -> apply(b, changes));

			assertTrue(problem.getMessage().contains("no-such-uuid"), problem.getMessage());
			assertTrue(problem.getMessage().contains("Nothing was applied"), problem.getMessage());
			assertEquals("ERP_PRD", erp.getName());
			assertEquals(List.of("ERP_PRD", "CRM_PRD", "HR_PRD"), Edits.names(b));
			assertTrue(b.find("new-1").isEmpty());
		}
	}

	@Test
	void anUnknownFieldOrTypeIsAProblem() throws Exception {
		try (TeamFixture team = new TeamFixture(folder, 100)) {
			LandscapeModel b = team.modelB();
			String erp = Edits.system(b, "ERP_PRD").getUuid();
			SyncException field = assertThrows(SyncException.class, () -> apply(b,
					List.of(Change.set(erp, "LandscapeSystem", "colour", RecordingTest.text("red"), null))));
			assertTrue(field.getMessage().contains("no field colour"), field.getMessage());
			SyncException type = assertThrows(SyncException.class, () -> apply(b, List.of(Change.create("n", "Spaceship",
					"systems", b.landscape().getUuid(), null, null))));
			assertTrue(type.getMessage().contains("Spaceship"), type.getMessage());
		}
	}

	private static void apply(LandscapeModel model, List<Change> changes) {
		ForwardRecorder recorder = new ForwardRecorder(model.editingDomain().getResourceSet());
		try {
			ChangeApplier.apply(model, changes, recorder, ChangeApplier.LocalElements.NONE);
		} finally {
			recorder.dispose();
		}
	}
}
