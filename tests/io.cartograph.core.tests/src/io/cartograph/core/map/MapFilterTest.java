package io.cartograph.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.HarvestedData;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;

/** What the map draws under each filter, and flows weighted by the store's messages. */
class MapFilterTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	@TempDir
	Path folder;

	final LandscapeSystem shop = system("Shop");
	final LandscapeSystem erp = system("ERP");
	final LandscapeSystem wms = system("WMS");
	final LandscapeSystem crm = system("CRM");
	final Environment production = environment("Production");
	final Environment test = environment("Test");
	final TagCategory criticality = F.createTagCategory();
	final TagValue high = tag(criticality, "High");
	final TagValue low = tag(criticality, "Low");
	final Interface orders = flow("Orders", shop, erp, production);
	final Interface stock = flow("Stock", erp, wms, production);
	final Interface leads = flow("Leads", crm, erp, test);
	final Interface invoices = flow("Invoices", erp, shop, production);
	final List<Interface> all = List.of(orders, stock, leads, invoices);

	@Test
	void theEnvironmentKeepsItsInterfacesAndTheirSystemsOnly() {
		SystemGraph graph = SystemGraph.of(all, MapFilter.environment("Test"), MapWeight.INTERFACES, Map.of());
		assertEquals(List.of(crm, erp), graph.systems());
		assertEquals(List.of(leads), graph.edges().get(0).interfaces());
	}

	@Test
	void aTagKeepsInterfacesCarryingItAndThoseOfSystemsCarryingIt() {
		criticality.setName("Criticality");
		orders.getTags().add(high);
		wms.getTags().add(high);
		stock.getTags().add(low);
		SystemGraph graph = SystemGraph.of(all, MapFilter.ALL.withTag(high), MapWeight.INTERFACES, Map.of());
		assertEquals(List.of(shop, erp, wms), graph.systems(), "orders carries the tag, stock goes to WMS, which carries it");
		assertEquals(List.of(List.of(orders), List.of(stock)), graph.edges().stream().map(SystemGraph.Edge::interfaces).toList());
		assertEquals("Production, tag Criticality: High", MapFilter.environment("Production").withTag(high).describe());
		assertTrue(SystemGraph.of(all, MapFilter.ALL.withTag(low).withEnvironment("Test"), MapWeight.INTERFACES, Map.of()).edges()
				.isEmpty(), "both parts must admit an interface");
	}

	@Test
	void anIntegrationKeepsOnlyItsInterfaces() {
		EndToEndIntegration fulfilment = F.createEndToEndIntegration();
		fulfilment.setName("Fulfilment");
		fulfilment.getInterfaces().addAll(List.of(orders, stock));
		MapFilter filter = MapFilter.ALL.withIntegration(fulfilment);
		assertTrue(filter.admits(orders));
		assertFalse(filter.admits(invoices), "the way back is not part of the integration");
		SystemGraph graph = SystemGraph.of(all, filter, MapWeight.INTERFACES, Map.of());
		assertEquals(List.of(shop, erp, wms), graph.systems());
		assertEquals(2, graph.edges().size());
		assertEquals(1, graph.interfacesFrom(1), "ERP sends stock");
		assertEquals(1, graph.interfacesTo(1), "and receives orders");
	}

	@Test
	void flowsWeighByTheMessagesTheStoreHoldsForTheirInterfaces() {
		try (Workspace workspace = Workspace.create(folder.resolve("ws"), "Traffic")) {
			DataSource tenant = F.createDataSource();
			tenant.setUuid("tenant-1");
			tenant.setName("Tenant");
			for (Interface item : all) {
				item.setDataSource(tenant);
				item.setExternalId(item.getName());
			}
			Interface twin = flow("Orders again", shop, erp, production);
			twin.setDataSource(tenant);
			twin.setExternalId("Orders2");
			Instant now = Instant.parse("2026-11-20T12:00:00Z");
			RunWriter run = TaskRuns.of(workspace.store()).start("tenant-1", "Tenant", TaskType.RUNTIME, RunTrigger.MANUAL);
			int guid = 0;
			for (int i = 0; i < 5; i++) {
				run.stage(message(guid++, "Orders", now.minusSeconds(3600 * i)));
			}
			run.stage(message(guid++, "Orders2", now));
			run.stage(message(guid++, "Stock", now));
			run.stage(message(guid++, "Stock", now.minusSeconds(86_400L * 40)));
			run.stage(message(guid++, "Unknown artifact", now));
			run.succeed();

			List<Interface> interfaces = List.of(orders, twin, stock, invoices);
			Map<Interface, Long> messages = MapTraffic.since(HarvestedData.of(workspace.store()), interfaces,
					now.minusSeconds(86_400L * MapTraffic.DAYS));
			assertEquals(Map.of(orders, 5L, twin, 1L, stock, 1L), messages, "the 40 days old message is outside the window");

			SystemGraph graph = SystemGraph.of(interfaces, MapFilter.ALL, MapWeight.MESSAGES, messages);
			assertEquals(List.of(new SystemGraph.Edge(0, 1, 6), new SystemGraph.Edge(1, 2, 1), new SystemGraph.Edge(1, 0, 0)),
					LayeredLayoutTest.shapes(graph));
			assertEquals(2, graph.edges().get(0).interfaceCount());
			assertEquals(6, graph.edges().get(0).messages());
			assertEquals(6, SystemGraph.of(interfaces, MapFilter.ALL, MapWeight.INTERFACES, messages).edges().get(0).messages(),
					"the messages are known whatever the weight");
			String hover = MapLabels.flow(graph, graph.edges().get(0), messages, true);
			assertEquals("Shop \u2192 ERP: 2 interfaces, 6 messages in 30 days\n\u2022 Orders (Production): 5 messages"
					+ "\n\u2022 Orders again (Production): 1 message", hover);
			String svg = SvgMap.of(LayeredLayout.of(graph), "Traffic", true);
			assertTrue(svg.contains("<title>ERP \u2192 Shop: 1 interface, 0 messages in 30 days</title>"), svg);
			assertTrue(svg.contains("stroke-dasharray"), "a flow without messages is dashed");
		}
	}

	@Test
	void theSvgDrawsWhatTheFilterKeeps() {
		SystemGraph graph = SystemGraph.of(all, MapFilter.environment("Production"), MapWeight.INTERFACES, Map.of());
		String svg = SvgMap.of(LayeredLayout.of(graph), "Acme (Production)");
		assertTrue(svg.contains(">WMS</text>"));
		assertFalse(svg.contains(">CRM</text>"), "CRM has only a Test interface");
		assertTrue(svg.contains("<title>ERP: sends 2 interfaces, receives 1</title>"), svg);
	}

	@Test
	void strokesGrowWithTheLogarithmAndStayReadable() {
		assertEquals(1, MapWeight.stroke(0));
		assertEquals(1, MapWeight.stroke(1));
		assertEquals(3, MapWeight.stroke(4));
		assertEquals(MapWeight.WIDEST, MapWeight.stroke(10_000_000));
		assertEquals(List.of("0", "999", "1,000", "1,234,567", "-12,345"),
				List.of(MapLabels.grouped(0), MapLabels.grouped(999), MapLabels.grouped(1000), MapLabels.grouped(1_234_567),
						MapLabels.grouped(-12_345)));
	}

	private static MessageRecord message(int guid, String artifact, Instant at) {
		return new MessageRecord("m" + guid, artifact, "COMPLETED", at, at.plusSeconds(2), null, null, null);
	}

	private static LandscapeSystem system(String name) {
		LandscapeSystem system = F.createLandscapeSystem();
		system.setName(name);
		return system;
	}

	private static Environment environment(String name) {
		Environment environment = F.createEnvironment();
		environment.setName(name);
		return environment;
	}

	private static TagValue tag(TagCategory category, String name) {
		TagValue value = F.createTagValue();
		value.setName(name);
		category.getValues().add(value);
		return value;
	}

	private static Interface flow(String name, LandscapeSystem sender, LandscapeSystem receiver, Environment environment) {
		Interface item = F.createInterface();
		item.setName(name);
		item.setSender(sender);
		item.setReceiver(receiver);
		item.setEnvironment(environment);
		return item;
	}
}
