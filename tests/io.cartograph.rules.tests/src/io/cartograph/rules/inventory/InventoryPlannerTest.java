package io.cartograph.rules.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage.Literals;

class InventoryPlannerTest {

	private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	private DataSource source;
	private DataSource other;
	private Environment production;

	@BeforeEach
	void sources() {
		production = F.createEnvironment();
		production.setName("Production");
		source = source("ds-1", "CPI_PROD");
		source.setEnvironment(production);
		other = source("ds-2", "CPI_DEV");
	}

	@Test
	void harvestedArtifactsWithoutInterfaceAreNew() {
		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")), List.of());

		assertEquals(1, plan.added().size());
		assertTrue(plan.updated().isEmpty() && plan.notFound().isEmpty());
		assertEquals("1 new, 0 updated, 0 not found in last run, 0 unchanged", plan.summary());
	}

	@Test
	void matchingIsByExternalIdWithinTheDataSource() {
		Interface sameIdOtherSource = existing(other, "A");
		Interface match = existing(source, "A");
		match.setVersion("0.9");

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")),
				List.of(sameIdOtherSource, match));

		assertTrue(plan.added().isEmpty());
		assertEquals(1, plan.updated().size());
		assertSame(match, plan.updated().get(0).target());
		assertTrue(plan.notFound().isEmpty(), "another source's interface is neither matched nor marked");
	}

	@Test
	void aCopyOfTheDataSourceWithTheSameUuidMatchesToo() {
		Interface match = existing(source, "A");
		DataSource copy = source("ds-1", "CPI_PROD");
		copy.setEnvironment(production);

		InventoryPlan plan = InventoryPlanner.plan(copy, List.of(harvested("A", "1.0.0", "STARTED")), List.of(match));

		assertTrue(plan.added().isEmpty());
	}

	@Test
	void onlyChangedHarvestedFieldsAreUpdatedAndEnrichedFieldsAreNeverPartOfThePlan() {
		Interface match = existing(source, "A");
		fillLikeHarvested(match, harvested("A", "1.0.0", "STARTED"));
		match.setSender(F.createLandscapeSystem());
		match.setSenderSetByHand(true);
		match.getBusinessObjects().add(F.createBusinessObject());
		match.getTags().add(F.createTagValue());
		match.getProperties().add(F.createPropertyValue());

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.1", "ERROR")), List.of(match));

		assertEquals(1, plan.updated().size());
		Set<Object> features = plan.updated().get(0).changes().stream().map(InventoryPlan.Change::feature).collect(Collectors.toSet());
		assertEquals(Set.of(Literals.INTERFACE__VERSION, Literals.INTERFACE__STATUS), features);
	}

	@Test
	void anUnchangedInterfaceIsCountedNotUpdated() {
		Interface match = existing(source, "A");
		fillLikeHarvested(match, harvested("A", "1.0.0", "STARTED"));

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")), List.of(match));

		assertTrue(plan.isEmpty());
		assertEquals(1, plan.unchanged());
	}

	@Test
	void unknownValuesKeepWhatIsThereAndLastTrafficOnlyMovesForward() {
		Interface match = existing(source, "A");
		HarvestedInterface before = harvested("A", "1.0.0", "STARTED");
		fillLikeHarvested(match, before);
		match.setOriginalSender("Typed by someone");
		match.setComplexity(ComplexityClass.HIGH);
		match.setLastTraffic(Date.from(Instant.parse("2026-11-19T00:00:00Z")));

		HarvestedInterface older = new HarvestedInterface("A", before.name(), before.type(), "1.0.0", "STARTED", null,
				before.originalReceiver(), before.adapters(), before.authenticationMethods(), null,
				Instant.parse("2026-11-01T00:00:00Z"));
		assertTrue(InventoryPlanner.plan(source, List.of(older), List.of(match)).isEmpty(),
				"no sender, no complexity and older traffic change nothing");

		HarvestedInterface newer = new HarvestedInterface("A", before.name(), before.type(), "1.0.0", "STARTED", null,
				before.originalReceiver(), before.adapters(), before.authenticationMethods(), ComplexityClass.LOW,
				Instant.parse("2026-11-20T00:00:00Z"));
		InventoryPlan plan = InventoryPlanner.plan(source, List.of(newer), List.of(match));
		Set<Object> features = plan.updated().get(0).changes().stream().map(InventoryPlan.Change::feature).collect(Collectors.toSet());
		assertEquals(Set.of(Literals.INTERFACE__LAST_TRAFFIC, Literals.INTERFACE__COMPLEXITY), features);
	}

	@Test
	void interfacesOfTheSourceNoLongerHarvestedAreMarkedOnceNeverRemoved() {
		Interface gone = existing(source, "GONE");
		Interface stillHere = existing(source, "A");
		fillLikeHarvested(stillHere, harvested("A", "1.0.0", "STARTED"));
		Interface otherSource = existing(other, "ELSEWHERE");

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")),
				List.of(gone, stillHere, otherSource));
		assertEquals(List.of(gone), plan.notFound());

		gone.setNotFoundInLastRun(true);
		gone.setStatus(InventoryPlan.NOT_FOUND_STATUS);
		assertTrue(InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")), List.of(gone, stillHere)).isEmpty(),
				"already marked: nothing to do");
	}

	@Test
	void anInterfaceFoundAgainLosesItsMarkAndGetsItsStatusBack() {
		Interface back = existing(source, "A");
		fillLikeHarvested(back, harvested("A", "1.0.0", "STARTED"));
		back.setNotFoundInLastRun(true);
		back.setStatus(InventoryPlan.NOT_FOUND_STATUS);

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")), List.of(back));

		Set<Object> features = plan.updated().get(0).changes().stream().map(InventoryPlan.Change::feature).collect(Collectors.toSet());
		assertEquals(Set.of(Literals.INTERFACE__STATUS, Literals.INTERFACE__NOT_FOUND_IN_LAST_RUN), features);
	}

	@Test
	void theEnvironmentFollowsTheDataSource() {
		Interface match = existing(source, "A");
		fillLikeHarvested(match, harvested("A", "1.0.0", "STARTED"));
		Environment quality = F.createEnvironment();
		source.setEnvironment(quality);

		InventoryPlan plan = InventoryPlanner.plan(source, List.of(harvested("A", "1.0.0", "STARTED")), List.of(match));

		assertEquals(new InventoryPlan.Change(Literals.INTERFACE__ENVIRONMENT, quality), plan.updated().get(0).changes().get(0));
		assertFalse(plan.isEmpty());
	}

	static HarvestedInterface harvested(String id, String version, String status) {
		return new HarvestedInterface(id, "Flow " + id, "Integration Flow", version, status, "S4HANA", "Salesforce",
				List.of("HTTPS", "OData"), List.of("Basic"), null, null);
	}

	private Interface existing(DataSource of, String externalId) {
		Interface existing = F.createInterface();
		existing.setUuid("if-" + externalId + "-" + of.getUuid());
		existing.setExternalId(externalId);
		existing.setDataSource(of);
		return existing;
	}

	private void fillLikeHarvested(Interface target, HarvestedInterface item) {
		target.setName(item.name());
		target.setEnvironment(source.getEnvironment());
		target.setType(item.type());
		target.setVersion(item.version());
		target.setStatus(item.status());
		target.setOriginalSender(item.originalSender());
		target.setOriginalReceiver(item.originalReceiver());
		target.getAdapters().addAll(item.adapters());
		target.getAuthenticationMethods().addAll(item.authenticationMethods());
	}

	private static DataSource source(String uuid, String name) {
		DataSource created = F.createDataSource();
		created.setUuid(uuid);
		created.setName(name);
		return created;
	}
}
