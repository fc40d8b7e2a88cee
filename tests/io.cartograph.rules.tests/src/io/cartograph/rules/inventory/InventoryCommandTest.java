package io.cartograph.rules.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.InterfaceCatalog;
import io.cartograph.model.landscape.LandscapeFactory;

class InventoryCommandTest {

	private static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	private AdapterFactoryEditingDomain domain;
	private BasicCommandStack stack;
	private InterfaceCatalog catalog;
	private DataSource source;
	private Environment production;

	@BeforeEach
	void model() {
		stack = new BasicCommandStack();
		domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
				stack, new ResourceSetImpl());
		Resource resource = new ResourceImpl();
		domain.getResourceSet().getResources().add(resource);
		catalog = F.createInterfaceCatalog();
		resource.getContents().add(catalog);
		production = F.createEnvironment();
		source = F.createDataSource();
		source.setUuid("ds-1");
		source.setName("CPI_PROD");
		source.setEnvironment(production);
	}

	@Test
	void theWholeRunIsOneCommandThatUndoesAndRedoes() {
		Interface enriched = F.createInterface();
		enriched.setUuid("kept");
		enriched.setExternalId("A");
		enriched.setDataSource(source);
		enriched.setVersion("0.9");
		enriched.setStatus("STARTED");
		BusinessObject order = F.createBusinessObject();
		enriched.getBusinessObjects().add(order);
		Interface gone = F.createInterface();
		gone.setExternalId("GONE");
		gone.setDataSource(source);
		gone.setStatus("STARTED");
		catalog.getInterfaces().addAll(List.of(enriched, gone));

		HarvestedInterface a = new HarvestedInterface("A", "Flow A", "Integration Flow", "1.0", "ERROR", "S4", "CRM",
				List.of("HTTPS"), List.of("Basic"), null, Instant.parse("2026-11-20T10:00:00Z"));
		HarvestedInterface b = new HarvestedInterface("B", "Flow B", "Integration Flow", "2.0", "Not deployed", "X", "Y",
				List.of("SFTP", "Mail"), List.of(), ComplexityClass.MEDIUM, null);
		InventoryPlan plan = InventoryPlanner.plan(source, List.of(a, b), catalog.getInterfaces());
		int[] uuids = { 0 };
		Command command = InventoryCommand.create(domain, catalog, plan, () -> "new-" + ++uuids[0]);

		stack.execute(command);

		assertEquals(3, catalog.getInterfaces().size());
		Interface created = catalog.getInterfaces().get(2);
		assertEquals("new-1", created.getUuid());
		assertEquals("B", created.getExternalId());
		assertSame(source, created.getDataSource());
		assertSame(production, created.getEnvironment());
		assertEquals(List.of("SFTP", "Mail"), created.getAdapters());
		assertEquals(ComplexityClass.MEDIUM, created.getComplexity());
		assertEquals("1.0", enriched.getVersion());
		assertEquals("ERROR", enriched.getStatus());
		assertEquals(List.of("HTTPS"), enriched.getAdapters());
		assertEquals(Instant.parse("2026-11-20T10:00:00Z"), enriched.getLastTraffic().toInstant());
		assertEquals(List.of(order), enriched.getBusinessObjects(), "enrichment survives");
		assertTrue(gone.isNotFoundInLastRun());
		assertEquals(InventoryPlan.NOT_FOUND_STATUS, gone.getStatus());
		assertTrue(catalog.getInterfaces().contains(gone), "never deleted");
		assertEquals("Inventory of CPI_PROD", stack.getUndoCommand().getLabel());

		stack.undo();

		assertEquals(List.of(enriched, gone), catalog.getInterfaces());
		assertEquals("0.9", enriched.getVersion());
		assertEquals("STARTED", enriched.getStatus());
		assertTrue(enriched.getAdapters().isEmpty());
		assertNull(enriched.getLastTraffic());
		assertFalse(gone.isNotFoundInLastRun());
		assertEquals("STARTED", gone.getStatus());
		assertFalse(stack.canUndo(), "one step undid the whole run");

		stack.redo();

		assertEquals(3, catalog.getInterfaces().size());
		assertEquals("1.0", enriched.getVersion());
		assertTrue(gone.isNotFoundInLastRun());
	}

	@Test
	void anEmptyPlanMakesNoCommand() {
		InventoryPlan plan = InventoryPlanner.plan(source, List.of(), catalog.getInterfaces());

		assertTrue(plan.isEmpty());
		assertThrows(IllegalArgumentException.class, () -> InventoryCommand.create(domain, catalog, plan));
	}
}
