package io.cartograph.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.secrets.SecretStore;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.Authentication;
import io.cartograph.model.landscape.AuthenticationType;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SecretReference;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

class RecordingTest {

	private static final LandscapePackage L = LandscapePackage.eINSTANCE;

	@TempDir
	Path folder;

	private Workspace workspace;
	private LandscapeModel model;
	private final List<ChangeSet> recorded = new ArrayList<>();
	private ChangeSetRecorder recorder;

	@BeforeEach
	void open() {
		workspace = Workspace.create(folder.resolve("ws"), "Recording");
		model = workspace.model();
	}

	@AfterEach
	void close() {
		if (recorder != null) {
			recorder.close();
		}
		workspace.close();
	}

	private void record(SyncedFeatures synced) {
		recorder = ChangeSetRecorder.attach(model, synced, () -> 5L, recorded::add);
	}

	private ChangeSet last() {
		return recorded.get(recorded.size() - 1);
	}

	@Test
	void aCommandBecomesOneChangeSetWithItsLabelAndBase() {
		LandscapeSystem erp = Edits.addSystem(model, "ERP");
		record(SyncedFeatures.standard());

		Edits.rename(model, erp, "ERP_PRD");

		assertEquals(1, recorded.size());
		ChangeSet changeSet = last();
		assertEquals("Change name of ERP_PRD", changeSet.summary());
		assertEquals(5L, changeSet.baseRevision());
		assertEquals(List.of(Change.set(erp.getUuid(), "LandscapeSystem", "name", text("ERP_PRD"), text("ERP"))),
				changeSet.changes());
	}

	@Test
	void aNewObjectIsCreatedInItsContainerWithItsAttributesAndContents() {
		record(SyncedFeatures.standard());
		DataSource source = Identities.create(L.getDataSource(), DataSource.class);
		source.setName("CPI_EU");
		source.getFeatures().add("monitoring");
		Authentication authentication = Identities.create(L.getAuthentication(), Authentication.class);
		authentication.setType(AuthenticationType.OAUTH2);
		authentication.setClientId("client-1");
		authentication.setSecret(Identities.create(L.getSecretReference(), SecretReference.class));
		source.setAuthentication(authentication);

		Edits.run(model, AddCommand.create(model.editingDomain(), model.dataSources(),
				LandscapePackage.Literals.DATA_SOURCE_CATALOG__DATA_SOURCES, source));

		List<Change> changes = last().changes();
		assertEquals(List.of(ChangeOp.CREATE, ChangeOp.CREATE, ChangeOp.CREATE), changes.stream().map(Change::op).toList());
		Change created = changes.get(0);
		assertEquals(source.getUuid(), created.object());
		assertEquals("DataSource", created.objectType());
		assertEquals("dataSources", created.feature());
		assertEquals(model.dataSources().getUuid(), created.container());
		assertEquals(0, created.index());
		assertEquals("CPI_EU", created.value().get("name").asText());
		assertEquals("[\"monitoring\"]", created.value().get("features").toString());
		assertFalse(created.value().has("uuid"), "the UUID is the key, not a value");
		assertEquals(authentication.getUuid(), changes.get(1).object());
		assertEquals(source.getUuid(), changes.get(1).container());
		assertEquals("authentication", changes.get(1).feature());
		assertNull(changes.get(1).index());
		assertEquals(AuthenticationType.OAUTH2.getLiteral(), changes.get(1).value().get("type").asText());
		assertEquals("SecretReference", changes.get(2).objectType());
	}

	@Test
	void deletingKeepsTheOldAttributesAndWhereTheObjectWasAndTheReferencesToItGo() {
		LandscapeSystem hr = Edits.addSystem(model, "HR");
		Interface payroll = Edits.addInterface(model, "Payroll", hr);
		record(SyncedFeatures.standard());

		Edits.delete(model, hr);

		List<Change> changes = last().changes();
		assertEquals(List.of(
				Change.delete(hr.getUuid(), "LandscapeSystem", changes.get(0).old(), model.landscape().getUuid(),
						"systems", 0),
				Change.set(payroll.getUuid(), "Interface", "sender", nullNode(), text(hr.getUuid()))), changes);
		assertEquals("HR", changes.get(0).old().get("name").asText());
	}

	@Test
	void aMoveToAnotherContainerIsADeleteAndACreateOfTheSameObject() {
		TagCategory zone = Identities.create(L.getTagCategory(), TagCategory.class);
		TagCategory tier = Identities.create(L.getTagCategory(), TagCategory.class);
		TagValue dmz = Identities.create(L.getTagValue(), TagValue.class);
		dmz.setName("DMZ");
		zone.getValues().add(dmz);
		Edits.run(model, AddCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES, List.of(zone, tier)));
		record(SyncedFeatures.standard());

		Edits.run(model, AddCommand.create(model.editingDomain(), tier, LandscapePackage.Literals.TAG_CATEGORY__VALUES, dmz));

		List<Change> changes = last().changes();
		assertEquals(List.of(ChangeOp.DELETE, ChangeOp.CREATE), changes.stream().map(Change::op).toList());
		assertEquals(zone.getUuid(), changes.get(0).container());
		assertEquals(tier.getUuid(), changes.get(1).container());
		assertEquals(dmz.getUuid(), changes.get(1).object());
	}

	@Test
	void listsRecordAddRemoveAndMoveWithPositions() {
		TagCategory zone = Identities.create(L.getTagCategory(), TagCategory.class);
		TagValue dmz = Identities.create(L.getTagValue(), TagValue.class);
		zone.getValues().add(dmz);
		Edits.run(model, AddCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__TAG_CATEGORIES, zone));
		LandscapeSystem erp = Edits.addSystem(model, "ERP");
		LandscapeSystem crm = Edits.addSystem(model, "CRM");
		record(SyncedFeatures.standard());

		Edits.run(model, AddCommand.create(model.editingDomain(), erp, LandscapePackage.Literals.PROPERTY_HOLDER__TAGS, dmz));
		Edits.run(model, MoveCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__SYSTEMS, crm, 0));
		Edits.run(model, org.eclipse.emf.edit.command.RemoveCommand.create(model.editingDomain(), erp,
				LandscapePackage.Literals.PROPERTY_HOLDER__TAGS, dmz));

		assertEquals(List.of(Change.add(erp.getUuid(), "LandscapeSystem", "tags", text(dmz.getUuid()), 0)),
				recorded.get(0).changes());
		assertEquals(List.of(Change.move(model.landscape().getUuid(), "Landscape", "systems", text(crm.getUuid()), 0)),
				recorded.get(1).changes());
		assertEquals(List.of(Change.remove(erp.getUuid(), "LandscapeSystem", "tags", text(dmz.getUuid()))),
				recorded.get(2).changes());
	}

	@Test
	void undoMakesTheChangeSetThatTakesTheCommandBackAndRedoTheOneThatDoesItAgain() {
		LandscapeSystem erp = Edits.addSystem(model, "ERP");
		record(SyncedFeatures.standard());
		Edits.rename(model, erp, "ERP_PRD");

		model.commandStack().undo();
		model.commandStack().redo();

		assertEquals(List.of("Change name of ERP_PRD", "Undo Change name of ERP", "Redo Change name of ERP_PRD"),
				recorded.stream().map(ChangeSet::summary).toList());
		assertEquals(Change.set(erp.getUuid(), "LandscapeSystem", "name", text("ERP"), text("ERP_PRD")),
				recorded.get(1).changes().get(0));
		assertEquals(recorded.get(0).changes(), recorded.get(2).changes());
	}

	@Test
	void undoingACreateDeletesAndRedoingCreatesTheSameObjectAgain() {
		record(SyncedFeatures.standard());
		LandscapeSystem erp = Edits.addSystem(model, "ERP");

		model.commandStack().undo();
		model.commandStack().redo();

		assertEquals(ChangeOp.CREATE, recorded.get(0).changes().get(0).op());
		assertEquals(ChangeOp.DELETE, recorded.get(1).changes().get(0).op());
		assertEquals(erp.getUuid(), recorded.get(1).changes().get(0).object());
		assertEquals(recorded.get(0).changes(), recorded.get(2).changes());
	}

	@Test
	void deniedFeaturesNeverBecomeValues() {
		LandscapeSystem erp = Edits.addSystem(model, "ERP");
		record(SyncedFeatures.denying(feature -> feature == LandscapePackage.Literals.LANDSCAPE_SYSTEM__OWNER));

		Edits.set(model, erp, LandscapePackage.Literals.LANDSCAPE_SYSTEM__OWNER, "Jane Doe");
		assertTrue(recorded.isEmpty(), "a command that changed only denied features makes no change set");

		LandscapeSystem crm = Identities.create(L.getLandscapeSystem(), LandscapeSystem.class);
		crm.setName("CRM");
		crm.setOwner("John Roe");
		Edits.run(model, AddCommand.create(model.editingDomain(), model.landscape(),
				LandscapePackage.Literals.LANDSCAPE__SYSTEMS, crm));
		assertFalse(last().changes().get(0).value().has("owner"));
		assertFalse(ChangeSetCodec.toJson(last()).contains("John Roe"));
	}

	@Test
	void secretAttributesAreDeniedByName() {
		assertTrue(SyncedFeatures.SECRET_BEARING.test(attribute("clientSecret")));
		assertTrue(SyncedFeatures.SECRET_BEARING.test(attribute("password")));
		assertFalse(SyncedFeatures.SECRET_BEARING.test(attribute("apiKeyHeader")));
		assertFalse(SyncedFeatures.standard().synced(LandscapePackage.Literals.IDENTIFIED__UUID));
		assertTrue(SyncedFeatures.standard().synced(LandscapePackage.Literals.AUTHENTICATION__SECRET),
				"the reference to a secret syncs; the secret does not");
	}

	@Test
	void aSecretPutIntoTheSecretStoreNeverAppearsInAChangeSet() {
		record(SyncedFeatures.standard());
		DataSource source = Identities.create(L.getDataSource(), DataSource.class);
		source.setName("CPI_EU");
		Authentication authentication = Identities.create(L.getAuthentication(), Authentication.class);
		authentication.setType(AuthenticationType.BASICAUTH);
		authentication.setUsername("tech-user");
		SecretReference reference = Identities.create(L.getSecretReference(), SecretReference.class);
		reference.setPurpose("Password of tech-user");
		authentication.setSecret(reference);
		source.setAuthentication(authentication);
		String secret = "Very-S3cret-Passw0rd";
		try (SecretStore secrets = SecretStore.open(folder.resolve("secure"), "master-pw".toCharArray())) {
			Edits.run(model, AddCommand.create(model.editingDomain(), model.dataSources(),
					LandscapePackage.Literals.DATA_SOURCE_CATALOG__DATA_SOURCES, source));
			secrets.put(reference, secret.toCharArray());
			Edits.set(model, authentication, LandscapePackage.Literals.AUTHENTICATION__USERNAME, "tech-user-2");
			Edits.set(model, reference, LandscapePackage.Literals.SECRET_REFERENCE__PURPOSE, "Password of tech-user-2");
			assertEquals(secret, new String(secrets.get(reference).orElseThrow()));
		}

		assertEquals(3, recorded.size());
		for (ChangeSet changeSet : recorded) {
			assertFalse(ChangeSetCodec.toJson(changeSet).contains(secret), ChangeSetCodec.toJson(changeSet));
			assertFalse(ChangeSetCodec.toLocalJson(changeSet).contains(secret));
		}
		assertTrue(ChangeSetCodec.toJson(recorded.get(0)).contains(reference.getUuid()), "the reference itself syncs");
	}

	@Test
	void derivedTransientVolatileAndUnchangeableFeaturesDoNotSync() {
		org.eclipse.emf.ecore.EAttribute derived = attribute("total");
		derived.setDerived(true);
		org.eclipse.emf.ecore.EAttribute transientOne = attribute("cache");
		transientOne.setTransient(true);
		org.eclipse.emf.ecore.EAttribute volatileOne = attribute("computed");
		volatileOne.setVolatile(true);
		org.eclipse.emf.ecore.EAttribute fixed = attribute("kind");
		fixed.setChangeable(false);

		for (org.eclipse.emf.ecore.EAttribute feature : List.of(derived, transientOne, volatileOne, fixed)) {
			assertFalse(SyncedFeatures.standard().synced(feature), feature.getName());
		}
		assertTrue(SyncedFeatures.standard().synced(attribute("description")));
	}

	private static org.eclipse.emf.ecore.EAttribute attribute(String name) {
		org.eclipse.emf.ecore.EAttribute attribute = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE.createEAttribute();
		attribute.setName(name);
		return attribute;
	}

	static com.fasterxml.jackson.databind.JsonNode text(String text) {
		return com.fasterxml.jackson.databind.node.TextNode.valueOf(text);
	}

	static com.fasterxml.jackson.databind.JsonNode nullNode() {
		return com.fasterxml.jackson.databind.node.NullNode.getInstance();
	}
}
