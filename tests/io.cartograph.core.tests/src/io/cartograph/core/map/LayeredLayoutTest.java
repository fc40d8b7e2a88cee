package io.cartograph.core.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph.Edge;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.policy.xml.SafeXml;

class LayeredLayoutTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	@Test
	void flowsBecomeWeightedEdgesAndOnlyTheChosenEnvironmentCounts() {
		LandscapeSystem shop = system("Shop");
		LandscapeSystem erp = system("ERP");
		Environment production = F.createEnvironment();
		production.setName("Production");
		List<Interface> interfaces = List.of(flow(shop, erp, production), flow(shop, erp, production), flow(erp, shop, null),
				flow(shop, shop, production), flow(shop, null, production));

		SystemGraph all = SystemGraph.of(interfaces, null);
		assertEquals(List.of("Shop", "ERP"), all.nodes());
		assertEquals(List.of(new Edge(0, 1, 2), new Edge(1, 0, 1)), shapes(all));
		assertEquals(List.of(shop, erp), all.systems(), "the systems themselves, for the view to open");
		assertEquals(List.of(interfaces.get(0), interfaces.get(1)), all.edges().get(0).interfaces());
		assertEquals(2, all.unplaced(), "a flow to itself and one without a receiver");
		assertEquals(List.of(new Edge(0, 1, 2)), shapes(SystemGraph.of(interfaces, "Production")));
	}

	@Test
	void sendersStandLeftOfTheirReceiversEvenInACycle() {
		// shop -> gateway -> erp -> shop (a cycle), and gateway -> wms
		SystemGraph graph = new SystemGraph(List.of("shop", "gateway", "erp", "wms"),
				List.of(new Edge(0, 1, 1), new Edge(1, 2, 3), new Edge(2, 0, 1), new Edge(1, 3, 1)), 0);
		Layout layout = LayeredLayout.of(graph);
		assertEquals(0, layout.layer()[0]);
		assertEquals(1, layout.layer()[1]);
		assertEquals(2, layout.layer()[2]);
		assertEquals(2, layout.layer()[3]);
		assertTrue(layout.x()[1] > layout.x()[0] + layout.width()[0], "the column of the receivers lies right of the senders'");
	}

	@Test
	void theBarycentreOrderUndoesCrossingsThatTheStartingOrderHas() {
		// a -> d, b -> c: in the starting order (c above d) the two flows cross; ordered, they do not.
		SystemGraph graph = new SystemGraph(List.of("a", "b", "c", "d"), List.of(new Edge(0, 3, 1), new Edge(1, 2, 1)), 0);
		int[] layer = { 0, 0, 1, 1 };
		assertEquals(1, LayeredLayout.crossings(graph, layer, new int[] { 0, 1, 0, 1 }), "as first seen");
		Layout layout = LayeredLayout.of(graph);
		assertEquals(0, layout.crossings());
	}

	@Test
	void aLargeRandomLandscapeLaysOutWithFewerCrossingsThanItsStartingOrder() {
		java.util.SplittableRandom random = new java.util.SplittableRandom(7);
		List<String> nodes = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			nodes.add("S" + i);
		}
		List<Edge> edges = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int from = random.nextInt(120);
			int to = random.nextInt(120);
			if (from != to && edges.stream().noneMatch(e -> e.from() == from && e.to() == to)) {
				edges.add(new Edge(from, to, 1 + random.nextInt(5)));
			}
		}
		SystemGraph graph = new SystemGraph(nodes, edges, 0);
		Layout layout = LayeredLayout.of(graph);
		int[] initial = new int[nodes.size()];
		List<List<Integer>> byLayer = new ArrayList<>();
		for (int v = 0; v < nodes.size(); v++) {
			while (byLayer.size() <= layout.layer()[v]) {
				byLayer.add(new ArrayList<>());
			}
			initial[v] = byLayer.get(layout.layer()[v]).size();
			byLayer.get(layout.layer()[v]).add(v);
		}
		int before = LayeredLayout.crossings(graph, layout.layer(), initial);
		assertTrue(layout.crossings() < before, layout.crossings() + " crossings after ordering, " + before + " before");
		for (Edge edge : edges) {
			assertTrue(layout.layer()[edge.from()] != layout.layer()[edge.to()], "no flow within a column");
		}
	}

	@Test
	void theSvgIsWellFormedEscapedAndCarriesHoverTitles() throws Exception {
		SystemGraph graph = new SystemGraph(List.of("R&D <Lab>", "ERP"), List.of(new Edge(0, 1, 4)), 0);
		String svg = SvgMap.of(LayeredLayout.of(graph), "Acme \"PRD\"");
		var document = SafeXml.parse("map.svg", svg);
		assertEquals("svg", document.getDocumentElement().getLocalName());
		assertTrue(svg.contains("<title>R&amp;D &lt;Lab&gt; \u2192 ERP: 4 interfaces</title>"), svg);
		assertTrue(svg.contains("stroke-width=\"3\""), "four interfaces draw thicker: " + svg);
		assertTrue(svg.contains("<title>Acme &quot;PRD&quot;</title>"), svg);
	}

	@Test
	void flowsOnOneSideOfABoxFanOutInTheOrderOfTheirOtherEnds() {
		// hub -> a, hub -> b, hub -> c: three flows leave the hub's right side
		SystemGraph graph = new SystemGraph(List.of("hub", "a", "b", "c"),
				List.of(new Edge(0, 2, 1), new Edge(0, 1, 1), new Edge(0, 3, 1)), 0);
		Layout layout = LayeredLayout.of(graph);
		List<FlowCurve> curves = FlowCurve.all(layout);
		double top = layout.y()[0];
		for (FlowCurve curve : curves) {
			assertTrue(curve.y1() > top && curve.y1() < top + LayeredLayout.NODE_HEIGHT, "on the hub's side");
			assertEquals(layout.x()[0] + layout.width()[0], curve.x1(), 1e-9);
		}
		List<Integer> byEnd = new ArrayList<>(List.of(0, 1, 2));
		byEnd.sort(java.util.Comparator.comparingInt(e -> layout.y()[graph.edges().get(e).to()]));
		assertTrue(curves.get(byEnd.get(0)).y1() < curves.get(byEnd.get(1)).y1()
				&& curves.get(byEnd.get(1)).y1() < curves.get(byEnd.get(2)).y1(), "the upper receiver gets the upper end");
		assertTrue(curves.get(0).distanceTo(curves.get(0).x2(), curves.get(0).y2()) < 1e-6, "the curve reaches the receiver");
	}

	@Test
	void aFlowThatSkipsAColumnPassesBesideTheBoxesThereNotBehindThem() {
		// shop -> gateway -> erp, and shop -> erp past the gateway's column; erp -> shop runs back
		SystemGraph graph = new SystemGraph(List.of("shop", "gateway", "erp"),
				List.of(new Edge(0, 1, 1), new Edge(1, 2, 1), new Edge(0, 2, 1), new Edge(2, 0, 1)), 0);
		Layout layout = LayeredLayout.of(graph);
		assertEquals(0, layout.routes().get(0).length, "neighbouring columns: no waypoint");
		double[] past = layout.routes().get(2);
		assertEquals(4, past.length, "one waypoint in the gateway's column, entered left and left right");
		assertEquals(layout.x()[1], past[0], 1e-9, "the gateway's column");
		double wayY = past[1];
		assertTrue(wayY < layout.y()[1] || wayY > layout.y()[1] + LayeredLayout.NODE_HEIGHT, "beside the gateway's box");
		double[] back = layout.routes().get(3);
		assertEquals(4, back.length);
		assertTrue(back[0] > back[2], "the way back runs right to left through its own waypoint");
		assertTrue(back[1] != wayY, "a waypoint of its own");

		List<FlowCurve> curves = FlowCurve.all(layout);
		FlowCurve curve = curves.get(2);
		assertEquals(3, curve.pieces(), "to the waypoint, through it, on to erp");
		assertEquals(layout.x()[2], curve.x2(), 1e-9);
		for (int i = 0; i <= 20; i++) {
			double[] point = curve.at(i / 20.0);
			boolean insideGateway = point[0] > layout.x()[1] && point[0] < layout.x()[1] + layout.width()[1]
					&& point[1] > layout.y()[1] && point[1] < layout.y()[1] + LayeredLayout.NODE_HEIGHT;
			assertTrue(!insideGateway, "the curve never enters the gateway's box");
		}
		String svg = SvgMap.of(layout, "waypoints");
		String shopToErp = java.util.Arrays.stream(svg.split("\n")).filter(line -> line.contains("<title>shop \u2192 erp:"))
				.findFirst().orElseThrow();
		assertEquals(4, shopToErp.split(" C ").length, "three pieces in the SVG too: " + shopToErp);
	}

	@Test
	void aMapThatWouldNeedTooManyWaypointsDrawsFlowsThatSkipColumnsAsSingleCurves() {
		Layout deep = LayeredLayout.of(GeneratedMap.of(500, 2000));
		assertTrue(deep.routes().stream().allMatch(route -> route.length == 0));
		assertTrue(FlowCurve.all(deep).stream().allMatch(curve -> curve.pieces() == 1));
	}

	/** The edges without their interfaces: who sends to whom, and how heavily. */
	static List<Edge> shapes(SystemGraph graph) {
		return graph.edges().stream().map(edge -> new Edge(edge.from(), edge.to(), edge.weight())).toList();
	}

	private static LandscapeSystem system(String name) {
		LandscapeSystem system = F.createLandscapeSystem();
		system.setName(name);
		return system;
	}

	private static Interface flow(LandscapeSystem sender, LandscapeSystem receiver, Environment environment) {
		Interface item = F.createInterface();
		item.setSender(sender);
		item.setReceiver(receiver);
		item.setEnvironment(environment);
		return item;
	}
}
