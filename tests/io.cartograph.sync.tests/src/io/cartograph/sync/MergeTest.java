package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.sync.Conflict.Kind;
import io.cartograph.sync.Conflict.Side;
import io.cartograph.sync.SyncClient.PullResult;
import io.cartograph.sync.SyncClient.PushResult;

/** Two teammates edit the same landscape at the same time and sync through the server. */
class MergeTest {

	@TempDir
	Path folder;

	private TeamFixture team;
	private LandscapeModel a;
	private LandscapeModel b;

	@BeforeEach
	void start() throws Exception {
		team = new TeamFixture(folder, 100);
		a = team.modelA();
		b = team.modelB();
	}

	@AfterEach
	void stop() {
		team.close();
	}

	private static final org.eclipse.emf.ecore.EAttribute DESCRIPTION = LandscapePackage.Literals.LANDSCAPE_SYSTEM__DESCRIPTION;
	private static final org.eclipse.emf.ecore.EAttribute OWNER = LandscapePackage.Literals.LANDSCAPE_SYSTEM__OWNER;

	/** A pushes, B syncs (refused as behind, pulls, merges, pushes), A pulls. */
	private void bothSync() {
		assertEquals(PushResult.DONE, team.clientA.sync());
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(PullResult.APPLIED, team.clientA.pull());
	}

	@Test
	void changesToDifferentObjectsMergeByThemselves() {
		Edits.rename(a, Edits.system(a, "ERP_PRD"), "ERP_P01");
		Edits.rename(b, Edits.system(b, "CRM_PRD"), "CRM_P01");

		bothSync();

		assertEquals(1, team.server.refusedAsBehind(), "B was behind once and merged");
		assertEquals(List.of("ERP_P01", "CRM_P01", "HR_PRD"), Edits.names(a));
		assertEquals(Edits.names(a), Edits.names(b));
		assertEquals(2, team.server.head());
		assertEquals(0, team.clientA.status().get().pending());
		assertEquals(0, team.clientB.status().get().pending());
	}

	@Test
	void changesToDifferentFieldsOfOneObjectMergeByThemselves() {
		Edits.set(a, Edits.system(a, "ERP_PRD"), DESCRIPTION, "Core ERP");
		Edits.set(b, Edits.system(b, "ERP_PRD"), OWNER, "Finance IT");

		bothSync();

		for (LandscapeModel model : List.of(a, b)) {
			assertEquals("Core ERP", Edits.system(model, "ERP_PRD").getDescription());
			assertEquals("Finance IT", Edits.system(model, "ERP_PRD").getOwner());
		}
	}

	@Test
	void bothAddingToOneListKeepBothTheirsFirst() {
		Edits.addSystem(a, "BW_PRD");
		Edits.addSystem(b, "MDG_PRD");
		Edits.addSystem(b, "GRC_PRD");

		bothSync();

		assertEquals(List.of("ERP_PRD", "CRM_PRD", "HR_PRD", "BW_PRD", "MDG_PRD", "GRC_PRD"), Edits.names(b),
				"B got A's system (theirs) before its own");
		assertEquals(Edits.names(b), Edits.names(a));
		assertEquals(Edits.system(a, "MDG_PRD").getUuid(), Edits.system(b, "MDG_PRD").getUuid());
	}

	@Test
	void bothSettingOneFieldIsAConflictInTheLandscapesWords() {
		Edits.set(a, Edits.system(a, "ERP_PRD"), DESCRIPTION, "Core ERP");
		Edits.set(b, Edits.system(b, "ERP_PRD"), DESCRIPTION, "S/4HANA");
		Edits.rename(a, Edits.system(a, "HR_PRD"), "HCM_PRD");
		assertEquals(PushResult.DONE, team.clientA.sync());

		assertEquals(PushResult.BEHIND, team.clientB.sync());

		Merge merge = team.clientB.openMerge().orElseThrow();
		Conflict conflict = merge.conflicts().get(0);
		assertEquals(1, merge.conflicts().size());
		assertEquals(Kind.BOTH_CHANGED, conflict.kind());
		assertEquals("System 'ERP_PRD'", conflict.objectLabel());
		assertEquals("Description", conflict.fieldLabel());
		assertEquals("(empty)", conflict.base());
		assertEquals("S/4HANA", conflict.mine());
		assertEquals("Core ERP", conflict.theirs());
		assertEquals(1, team.clientB.status().get().conflicts());
		assertEquals(List.of("ERP_PRD", "CRM_PRD", "HR_PRD"), Edits.names(b), "nothing applied while a conflict is open");
		assertThrows(IllegalStateException.class, team.clientB::finishMerge);

		merge.resolve(conflict, Side.MINE);
		team.clientB.finishMerge();
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(PullResult.APPLIED, team.clientA.pull());

		for (LandscapeModel model : List.of(a, b)) {
			assertEquals("S/4HANA", Edits.system(model, "ERP_PRD").getDescription());
			assertEquals(List.of("ERP_PRD", "CRM_PRD", "HCM_PRD"), Edits.names(model));
		}
		assertEquals(0, team.clientB.status().get().conflicts());
	}

	@Test
	void aConflictResolvedForTheirsDropsMyChange() {
		Edits.set(a, Edits.system(a, "ERP_PRD"), DESCRIPTION, "Core ERP");
		Edits.set(b, Edits.system(b, "ERP_PRD"), DESCRIPTION, "S/4HANA");
		team.clientA.sync();
		team.clientB.sync();

		team.clientB.openMerge().orElseThrow().resolveAll(Side.THEIRS);
		team.clientB.finishMerge();

		assertEquals("Core ERP", Edits.system(b, "ERP_PRD").getDescription());
		assertEquals(0, team.clientB.status().get().pending(), "my change lost and was dropped");
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(1, team.server.head());
	}

	@Test
	void myChangeToAnObjectTheyDeletedIsAConflict() {
		Edits.delete(a, Edits.system(a, "HR_PRD"));
		Edits.set(b, Edits.system(b, "HR_PRD"), OWNER, "People IT");
		team.clientA.sync();

		assertEquals(PushResult.BEHIND, team.clientB.sync());

		Conflict conflict = team.clientB.openMerge().orElseThrow().conflicts().get(0);
		assertEquals(Kind.THEY_DELETED, conflict.kind());
		assertEquals("System 'HR_PRD'", conflict.objectLabel());
		assertEquals("Deleted", conflict.theirs());
		assertEquals("Changed owner", conflict.mine());
		team.clientB.openMerge().get().resolve(conflict, Side.THEIRS);
		team.clientB.finishMerge();

		assertEquals(List.of("ERP_PRD", "CRM_PRD"), Edits.names(b));
		assertEquals(0, team.clientB.status().get().pending());
	}

	@Test
	void keepingMyChangeToAnObjectTheyDeletedCreatesItAgainForEveryone() {
		Edits.delete(a, Edits.system(a, "HR_PRD"));
		Edits.set(b, Edits.system(b, "HR_PRD"), OWNER, "People IT");
		String uuid = Edits.system(b, "HR_PRD").getUuid();
		team.clientA.sync();
		team.clientB.sync();

		team.clientB.openMerge().orElseThrow().resolveAll(Side.MINE);
		team.clientB.finishMerge();
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(PullResult.APPLIED, team.clientA.pull());

		LandscapeSystem back = Edits.system(a, "HR_PRD");
		assertEquals(uuid, back.getUuid());
		assertEquals("People IT", back.getOwner());
		assertEquals(Edits.names(b), Edits.names(a));
	}

	@Test
	void theirChangeToAnObjectIDeletedIsAConflict() {
		Edits.set(a, Edits.system(a, "CRM_PRD"), DESCRIPTION, "Sales");
		Edits.delete(b, Edits.system(b, "CRM_PRD"));
		team.clientA.sync();

		assertEquals(PushResult.BEHIND, team.clientB.sync());

		Conflict conflict = team.clientB.openMerge().orElseThrow().conflicts().get(0);
		assertEquals(Kind.I_DELETED, conflict.kind());
		assertEquals("System 'CRM_PRD'", conflict.objectLabel(), "named from what my delete kept");
		assertEquals("Deleted", conflict.mine());
		assertEquals("Changed description", conflict.theirs());
		team.clientB.openMerge().get().resolve(conflict, Side.THEIRS);
		team.clientB.finishMerge();

		assertEquals(List.of("ERP_PRD", "CRM_PRD", "HR_PRD"), Edits.names(b), "brought back where it was");
		assertEquals("Sales", Edits.system(b, "CRM_PRD").getDescription());
		assertEquals(0, team.clientB.status().get().pending());
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(1, team.server.head());
	}

	@Test
	void keepingMyDeleteOfAnObjectTheyChangedDeletesItForEveryone() {
		Edits.set(a, Edits.system(a, "CRM_PRD"), DESCRIPTION, "Sales");
		Edits.delete(b, Edits.system(b, "CRM_PRD"));
		team.clientA.sync();
		team.clientB.sync();

		team.clientB.openMerge().orElseThrow().resolveAll(Side.MINE);
		team.clientB.finishMerge();
		assertEquals(PushResult.DONE, team.clientB.sync());
		assertEquals(PullResult.APPLIED, team.clientA.pull());

		assertEquals(List.of("ERP_PRD", "HR_PRD"), Edits.names(a));
		assertEquals(Edits.names(a), Edits.names(b));
	}

	@Test
	void bothDeletingOneObjectIsNoConflict() {
		Edits.delete(a, Edits.system(a, "HR_PRD"));
		Edits.delete(b, Edits.system(b, "HR_PRD"));

		bothSync();

		assertEquals(List.of("ERP_PRD", "CRM_PRD"), Edits.names(a));
		assertEquals(Edits.names(a), Edits.names(b));
		assertFalse(team.clientB.openMerge().isPresent());
	}

	@Test
	void pointingAtAnObjectTheyDeletedIsAConflict() {
		Edits.delete(a, Edits.system(a, "HR_PRD"));
		Edits.addInterface(b, "Payroll", Edits.system(b, "HR_PRD"));
		team.clientA.sync();

		assertEquals(PushResult.BEHIND, team.clientB.sync());

		List<Conflict> conflicts = team.clientB.openMerge().orElseThrow().conflicts();
		assertEquals(1, conflicts.size());
		assertEquals(Kind.THEY_DELETED, conflicts.get(0).kind());
		assertTrue(conflicts.get(0).mine().contains("Interface"), conflicts.get(0).mine());
	}

	@Test
	void movingAnObjectToAnotherContainerIsNoDeleteForTheMerge() {
		io.cartograph.model.landscape.TagCategory zone = io.cartograph.core.model.Identities
				.create(LandscapePackage.eINSTANCE.getTagCategory(), io.cartograph.model.landscape.TagCategory.class);
		io.cartograph.model.landscape.TagCategory tier = io.cartograph.core.model.Identities
				.create(LandscapePackage.eINSTANCE.getTagCategory(), io.cartograph.model.landscape.TagCategory.class);
		io.cartograph.model.landscape.TagValue dmz = io.cartograph.core.model.Identities
				.create(LandscapePackage.eINSTANCE.getTagValue(), io.cartograph.model.landscape.TagValue.class);
		dmz.setName("DMZ");
		zone.getValues().add(dmz);
		Edits.run(a, AddCommand.create(a.editingDomain(), a.landscape(), LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES,
				List.of(zone, tier)));
		bothSync();
		Edits.run(a, AddCommand.create(a.editingDomain(), tier, LandscapePackage.Literals.TAG_CATEGORY__VALUES, dmz));
		Edits.rename(b, b.find(dmz.getUuid()).orElseThrow(), "Demilitarized zone");

		bothSync();

		for (io.cartograph.core.model.LandscapeModel model : List.of(a, b)) {
			io.cartograph.model.landscape.TagValue value = (io.cartograph.model.landscape.TagValue) model
					.find(dmz.getUuid()).orElseThrow();
			assertEquals("Demilitarized zone", value.getName());
			assertEquals(tier.getUuid(), ((io.cartograph.model.landscape.TagCategory) value.eContainer()).getUuid());
		}
		assertFalse(team.clientB.openMerge().isPresent());
	}

	@Test
	void takingOutAReferenceToAnObjectTheyDeletedIsNoConflict() {
		io.cartograph.model.landscape.TagCategory zone = io.cartograph.core.model.Identities
				.create(LandscapePackage.eINSTANCE.getTagCategory(), io.cartograph.model.landscape.TagCategory.class);
		io.cartograph.model.landscape.TagValue dmz = io.cartograph.core.model.Identities
				.create(LandscapePackage.eINSTANCE.getTagValue(), io.cartograph.model.landscape.TagValue.class);
		zone.getValues().add(dmz);
		Edits.run(a, AddCommand.create(a.editingDomain(), a.landscape(), LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES,
				zone));
		Edits.run(a, AddCommand.create(a.editingDomain(), Edits.system(a, "ERP_PRD"),
				LandscapePackage.Literals.PROPERTY_HOLDER__TAGS, dmz));
		bothSync();
		Edits.delete(a, dmz);
		Edits.run(b, org.eclipse.emf.edit.command.RemoveCommand.create(b.editingDomain(), Edits.system(b, "ERP_PRD"),
				LandscapePackage.Literals.PROPERTY_HOLDER__TAGS, b.find(dmz.getUuid()).orElseThrow()));

		bothSync();

		assertFalse(team.clientB.openMerge().isPresent());
		for (io.cartograph.core.model.LandscapeModel model : List.of(a, b)) {
			assertTrue(model.find(dmz.getUuid()).isEmpty());
			assertTrue(Edits.system(model, "ERP_PRD").getTags().isEmpty());
		}
	}

	@Test
	void thousandsAddedToOneListOnBothSidesMergeInOrder() {
		Edits.run(a, AddCommand.create(a.editingDomain(), a.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS,
				systems("A_", 1500)));
		Edits.run(b, AddCommand.create(b.editingDomain(), b.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS,
				systems("B_", 1500)));

		bothSync();

		List<String> names = Edits.names(b);
		assertEquals(3003, names.size());
		assertEquals("A_0", names.get(3));
		assertEquals("A_1499", names.get(1502));
		assertEquals("B_0", names.get(1503));
		assertEquals("B_1499", names.get(3002));
		assertEquals(names, Edits.names(a));
	}

	private static List<LandscapeSystem> systems(String prefix, int count) {
		List<LandscapeSystem> systems = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			LandscapeSystem system = io.cartograph.core.model.Identities.create(LandscapePackage.eINSTANCE.getLandscapeSystem(),
					LandscapeSystem.class);
			system.setName(prefix + i);
			systems.add(system);
		}
		return systems;
	}
}
