package io.cartograph.core.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.model.ModelFile;
import io.cartograph.model.landscape.ApiProxy;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Identified;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.KeyValueEntry;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.Role;
import io.cartograph.model.landscape.User;

class SampleLandscapeTest {

	@TempDir
	Path folder;

	@Test
	void theSameSeedGivesTheSameLandscapeAndTheSameIds() throws IOException {
		try (LandscapeModel first = filled("first", 120, 42L); LandscapeModel second = filled("second", 120, 42L)) {
			for (int i = 0; i < first.roots().size(); i++) {
				assertTrue(new EqualIgnoringRootIds().equals(first.roots().get(i), second.roots().get(i)), "file " + i + " differs");
			}
			assertEquals(uuids(first.interfaces().getInterfaces()), uuids(second.interfaces().getInterfaces()));
			assertEquals(uuids(first.landscape().getSystems()), uuids(second.landscape().getSystems()));
		}
	}

	@Test
	void anotherSeedGivesAnotherLandscape() throws IOException {
		try (LandscapeModel first = filled("first", 120, 42L); LandscapeModel other = filled("other", 120, 43L)) {
			assertFalse(new EqualIgnoringRootIds().equals(first.interfaces(), other.interfaces()));
			assertNotEquals(uuids(first.interfaces().getInterfaces()), uuids(other.interfaces().getInterfaces()));
		}
	}

	@Test
	void theLandscapeHasWhatTheSampleWorkspacePromises() throws IOException {
		try (LandscapeModel model = filled("sample", SampleLandscape.INTERFACES, SampleLandscape.SEED)) {
			assertEquals(SampleLandscape.INTERFACES, model.interfaces().getInterfaces().size());
			assertTrue(model.landscape().getSystems().size() >= 12);
			Set<DataSourceType> types = model.dataSources().getDataSources().stream().map(DataSource::getType)
					.collect(Collectors.toSet());
			assertTrue(types.containsAll(EnumSet.of(DataSourceType.SAP_BTP, DataSourceType.SAP_PO, DataSourceType.MULESOFT_ANYPOINT,
					DataSourceType.MICROSOFT_AZURE, DataSourceType.LOGS)), types.toString());
			Set<DataSource> used = model.interfaces().getInterfaces().stream().map(Interface::getDataSource).collect(Collectors.toSet());
			assertTrue(used.size() >= 5, "interfaces come from several data sources");
			assertTrue(model.interfaces().getInterfaces().stream().anyMatch(item -> item.getSender() == null), "some are unharmonized");
			assertTrue(model.interfaces().getInterfaces().stream().allMatch(item -> item.getOriginalSender() != null
					&& !item.getAdapters().isEmpty() && !item.getAuthenticationMethods().isEmpty()
					&& !item.getBusinessObjects().isEmpty() && !item.getProperties().isEmpty() && !item.getTags().isEmpty()));
			List<EndToEndIntegration> integrations = model.integrations().getIntegrations();
			assertTrue(integrations.size() >= 5, integrations.size() + " integrations");
			assertTrue(integrations.stream().allMatch(integration -> !integration.getInterfaces().isEmpty()));
			assertTrue(integrations.stream().anyMatch(EndToEndIntegration::isProposal));
			assertTrue(model.rules().getSystemMappingRules().size() > 20);
			assertFalse(model.rules().getObjectRules().isEmpty());
			assertTrue(model.rules().getStrategy().getAdapterFits().stream().allMatch(fit -> !fit.getTechnologies().isEmpty()));
			Set<Role> roles = model.landscape().getUsers().stream().map(User::getRole).collect(Collectors.toSet());
			assertEquals(EnumSet.allOf(Role.class), roles);
			ApiProxy proxy = model.apiManagement().getProxies().get(0);
			assertNotNull(proxy.getProvider());
			assertFalse(proxy.getProxyEndpoints().get(0).getPreFlow().getRequestSteps().isEmpty());
			assertFalse(proxy.getTargetEndpoints().get(0).getConditionalFlows().isEmpty());
			assertTrue(proxy.getPolicies().size() >= 5 && proxy.getPolicies().stream().allMatch(p -> p.getXml().startsWith("<")));
			List<KeyValueEntry> entries = model.apiManagement().getKeyValueMaps().get(0).getEntries();
			assertTrue(entries.stream().allMatch(entry -> entry.getValue() != null), "values are secret references");
			assertFalse(model.onboarding().getChecklists().get(0).getSteps().isEmpty());
			assertFalse(model.onboarding().getIpAllowlists().get(0).getEntries().isEmpty());
			assertFalse(model.onboarding().getDomainAllowlists().get(0).getEntries().isEmpty());
		}
	}

	@Test
	void everyGeneratedObjectHasAnIdAndTheSavedFilesHoldNoPasswords() throws IOException {
		try (LandscapeModel model = filled("saved", 80, 5L)) {
			for (EObject root : model.roots()) {
				root.eAllContents().forEachRemaining(object -> assertFalse(((Identified) object).getUuid() == null, object.toString()));
			}
			model.save();
			for (ModelFile file : ModelFile.values()) {
				String text = Files.readString(model.folder().resolve(file.fileName()));
				assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("password=\""), file + " holds a password attribute");
			}
		}
	}

	@Test
	void replaceEmptiesTheModelBeforeFilling() throws IOException {
		try (LandscapeModel model = filled("replaced", 50, 1L)) {
			String landscapeId = model.landscape().getUuid();

			SampleLandscape.replace(model, 20, 2L);

			assertEquals(20, model.interfaces().getInterfaces().size());
			assertEquals(14, model.landscape().getSystems().size());
			assertEquals(5, model.landscape().getEnvironments().size());
			assertEquals(landscapeId, model.landscape().getUuid());
		}
	}

	private LandscapeModel filled(String name, int interfaces, long seed) throws IOException {
		LandscapeModel model = LandscapeModel.create(folder.resolve(name), "Sample");
		SampleLandscape.fill(model, interfaces, seed);
		return model;
	}

	private static List<String> uuids(List<? extends Identified> objects) {
		return objects.stream().map(Identified::getUuid).toList();
	}

	/**
	 * Equal content; only the UUIDs of what a new workspace starts with (roots, standard
	 * environments, settings) may differ, since those are made before the generator runs.
	 */
	private static final class EqualIgnoringRootIds extends EcoreUtil.EqualityHelper {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualAttribute(EObject first, EObject second, EAttribute attribute) {
			if (attribute == LandscapePackage.Literals.IDENTIFIED__UUID) {
				return true;
			}
			return super.haveEqualAttribute(first, second, attribute);
		}
	}
}
