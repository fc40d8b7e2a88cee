package io.cartograph.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.map.LayeredLayout;
import io.cartograph.core.map.LayeredLayout.Layout;
import io.cartograph.core.map.SystemGraph;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;
import io.cartograph.core.workspace.Workspace;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.TaskType;
import io.cartograph.store.MessageRecord;
import io.cartograph.store.RunTrigger;
import io.cartograph.store.RunWriter;
import io.cartograph.store.TaskRuns;
import io.cartograph.ui.LandscapeTopics;
import io.cartograph.ui.landscape.EditorInput;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;

/** The System Map on the sample workspace, driven as a user drives it. */
class SystemMapPartTest {

	static final Instant NOW = Instant.parse("2026-03-20T15:00:00Z");

	@TempDir
	Path temp;

	MapHarness harness;
	Workspace workspace;
	LandscapeModel model;
	SystemMapPart part;

	@BeforeEach
	void openTheSampleMap() {
		harness = new MapHarness(Clock.fixed(NOW, ZoneOffset.UTC));
		workspace = harness.createWorkspace(temp.resolve("ws"), "Sample");
		model = workspace.model();
		SampleLandscape.fill(model, SampleLandscape.INTERFACES, SampleLandscape.SEED);
		part = harness.open();
		harness.driver.waitUntil("the messages counted", part::messagesKnown);
	}

	@AfterEach
	void close() {
		harness.close();
	}

	@Test
	void theViewShowsTheSampleSystemsAndTheirFlows() {
		assertTrue(part.map.hasMap());
		SystemGraph graph = part.map.graph();
		assertTrue(graph.nodes().contains("SAP S/4HANA"), graph.nodes().toString());
		Set<LandscapeSystem> connected = model.interfaces().getInterfaces().stream()
				.filter(item -> item.getSender() != null && item.getReceiver() != null && item.getSender() != item.getReceiver())
				.flatMap(item -> java.util.stream.Stream.of(item.getSender(), item.getReceiver())).collect(Collectors.toSet());
		assertEquals(connected, Set.copyOf(graph.systems()), "every system with a drawn interface, and no other");
		assertTrue(part.statusText().startsWith(graph.nodes().size() + " systems, " + graph.edges().size() + " flows"),
				part.statusText());
		assertEquals("All environments", part.toolbar.environment.getText());
		assertTrue(part.map.scale() <= 1, "a new map is fitted into the window");
	}

	@Test
	void theEnvironmentFilterRedrawsWithThatEnvironmentsSystemsOnly() {
		int all = part.map.graph().nodes().size();
		long drawn = part.map.graph().edges().stream().mapToLong(edge -> edge.interfaces().size()).sum();
		Combo environments = part.toolbar.environment;
		int production = List.of(environments.getItems()).indexOf("Production");
		choose(environments, production);

		SystemGraph graph = part.map.graph();
		assertTrue(graph.nodes().size() <= all, graph.nodes().size() + " of " + all);
		assertTrue(graph.edges().stream().flatMap(edge -> edge.interfaces().stream())
				.allMatch(item -> "Production".equals(item.getEnvironment().getName())));
		long productive = model.interfaces().getInterfaces().stream()
				.filter(item -> item.getEnvironment() != null && "Production".equals(item.getEnvironment().getName())
						&& item.getSender() != null && item.getReceiver() != null && item.getSender() != item.getReceiver())
				.count();
		assertEquals(productive, graph.edges().stream().mapToLong(edge -> edge.interfaces().size()).sum());
		assertTrue(productive < drawn, "the sample has interfaces of other environments, not drawn now");

		choose(part.toolbar.integration, 1);
		var integration = model.integrations().getIntegrations().get(0);
		assertTrue(part.map.graph().edges().stream().flatMap(edge -> edge.interfaces().stream())
				.allMatch(item -> integration.getInterfaces().contains(item)), "only the integration's interfaces");
	}

	@Test
	void aClickSelectsASystemAndADoubleClickOpensItsEditor() {
		Layout layout = part.map.layout();
		int erp = layout.graph().nodes().indexOf("SAP S/4HANA");
		Point at = centre(layout, erp);

		click(at, 1);
		assertEquals(erp, part.map.selectedNode());
		int partner = layout.graph().edgesOf(erp).get(0).to() == erp ? layout.graph().edgesOf(erp).get(0).from()
				: layout.graph().edgesOf(erp).get(0).to();
		MapEmphasis emphasis = new MapEmphasis(erp, -1, -1);
		assertEquals(1, emphasis.systemEmphasis(layout.graph(), partner), "its partners stand out");

		Event twice = mouse(at, 1);
		part.map.canvas.notifyListeners(SWT.MouseDoubleClick, twice);
		assertEquals(LandscapeTopics.OPEN, harness.events.sent.get(harness.events.sent.size() - 1).topic());
		assertEquals(layout.graph().systems().get(erp), harness.events.sent.get(harness.events.sent.size() - 1).data());

		click(new Point(2, 2), 1);
		assertEquals(-1, part.map.selectedNode(), "a click on empty space clears the selection");
	}

	@Test
	void hoveringASystemOrAFlowNamesItInTheTooltip() {
		Layout layout = part.map.layout();
		int erp = layout.graph().nodes().indexOf("SAP S/4HANA");
		Point at = centre(layout, erp);
		part.map.canvas.notifyListeners(SWT.MouseMove, mouse(at, 0));
		String system = part.map.canvas.getToolTipText();
		assertTrue(system.startsWith("SAP S/4HANA: sends " + layout.graph().interfacesFrom(erp) + " interface"), system);

		SystemGraph.Edge edge = layout.graph().edgesOf(erp).get(0);
		double[] middle = part.map.content().curves().get(layout.graph().edges().indexOf(edge)).at(0.5);
		Point onCurve = part.map.toCanvas(middle[0], middle[1]);
		part.map.canvas.notifyListeners(SWT.MouseMove, mouse(onCurve, 0));
		String flow = part.map.canvas.getToolTipText();
		assertNotNull(flow);
		assertTrue(flow.contains(" \u2192 ") && flow.contains(" messages in 30 days"), flow);
		assertTrue(flow.contains(edge.interfaces().get(0).getName()), "the flow's interfaces are listed: " + flow);
	}

	@Test
	void ctrlWheelAndTheButtonsZoomAndFitShowsTheWholeMap() {
		double fitted = part.map.scale();
		Event wheel = mouse(new Point(200, 200), 0);
		wheel.count = 3;
		wheel.stateMask = SWT.MOD1;
		part.map.canvas.notifyListeners(SWT.MouseVerticalWheel, wheel);
		assertEquals(fitted * MapCanvas.STEP, part.map.scale(), 1e-9);
		harness.driver.press(part.toolbar.zoomIn);
		assertEquals(fitted * MapCanvas.STEP * MapCanvas.STEP, part.map.scale(), 1e-9);
		harness.driver.press(part.toolbar.zoomOut);
		harness.driver.press(part.toolbar.zoomOut);
		assertEquals(fitted, part.map.scale(), 1e-9);
		harness.driver.press(part.toolbar.fit);
		Layout layout = part.map.layout();
		var area = part.map.canvas.getClientArea();
		assertTrue(layout.totalWidth() * part.map.scale() <= area.width + 1 && layout.totalHeight() * part.map.scale() <= area.height + 1,
				"the whole map fits");
	}

	@Test
	void pngExportWritesThePictureOfTheWholeMap() throws Exception {
		Path file = temp.resolve("map.png");
		part.saveLocation = (name, extension) -> file;
		harness.driver.press(part.toolbar.zoomIn);
		harness.driver.press(part.toolbar.png);
		ImageData[] data = new ImageLoader().load(file.toString());
		Layout layout = part.map.layout();
		assertEquals(layout.totalWidth(), data[0].width, "the whole map at 100 %, not the window");
		assertEquals(layout.totalHeight(), data[0].height);
		assertTrue(part.statusText().startsWith("Saved the whole map to "), part.statusText());
	}

	@Test
	void svgExportDrawsWhatTheFilterKeeps() throws Exception {
		choose(part.toolbar.environment, List.of(part.toolbar.environment.getItems()).indexOf("Production"));
		Path file = temp.resolve("map.svg");
		part.saveLocation = (name, extension) -> {
			assertEquals("svg", extension);
			assertTrue(name.endsWith("(Production)"), name);
			return file;
		};
		harness.driver.press(part.toolbar.svg);
		String svg = Files.readString(file);
		for (String name : part.map.graph().nodes()) {
			assertTrue(svg.contains(">" + name.replace("&", "&amp;") + "</text>"), name);
		}
		assertEquals(part.map.graph().nodes().size(), svg.split("</text>").length - 1, "no system the filter hides");
		assertTrue(svg.contains("(Production)</title>"));
	}

	@Test
	void theActiveEditorsSystemIsHighlighted() {
		LandscapeSystem erp = part.map.graph().systems().get(part.map.graph().nodes().indexOf("SAP S/4HANA"));
		MPart editor = MBasicFactory.INSTANCE.createPart();
		editor.getPersistedState().put(LandscapeEditorPart.INPUT_KEY, EditorInput.of(erp).key());
		harness.activate(editor);
		assertEquals(part.map.graph().node(erp), part.map.linkedNode());
		harness.activate(MBasicFactory.INSTANCE.createPart());
		assertEquals(part.map.graph().node(erp), part.map.linkedNode(), "a view that shows no object changes nothing");

		LandscapeSystem shop = part.map.graph().systems().get(part.map.graph().nodes().indexOf("Web Shop"));
		harness.context.set(org.eclipse.e4.ui.services.IServiceConstants.ACTIVE_SELECTION, shop);
		harness.driver.flush();
		assertEquals(part.map.graph().node(shop), part.map.linkedNode(), "a system selected in the explorer");
	}

	@Test
	void draggingEmptySpaceScrollsTheMap() {
		for (int i = 0; i < 4; i++) {
			harness.driver.press(part.toolbar.zoomIn);
		}
		Layout layout = part.map.layout();
		int erp = layout.graph().nodes().indexOf("SAP S/4HANA");
		Point before = centre(layout, erp);
		Point empty = new Point(5, part.map.canvas.getClientArea().height - 5);
		assertEquals(-1, part.map.nodeAt(empty.x, empty.y));
		part.map.canvas.notifyListeners(SWT.MouseDown, mouse(empty, 1));
		Event drag = mouse(new Point(empty.x + 60, empty.y - 40), 0);
		drag.stateMask = SWT.BUTTON1;
		part.map.canvas.notifyListeners(SWT.MouseMove, drag);
		part.map.canvas.notifyListeners(SWT.MouseUp, mouse(new Point(empty.x + 60, empty.y - 40), 1));
		Point after = centre(layout, erp);
		assertEquals(before.x + 60, after.x, 1, "the map moves with the pointer");
		assertEquals(-1, part.map.selectedNode(), "a drag selects nothing");
	}

	@Test
	void anEditDrawsTheMapAgainAndTheMessagesWeighTheFlows() {
		LandscapeSystem lab = LandscapeFactory.eINSTANCE.createLandscapeSystem();
		lab.setName("Research Lab");
		Interface some = model.interfaces().getInterfaces().stream().filter(item -> item.getSender() != null
				&& item.getDataSource() != null && item.getExternalId() != null).findFirst().orElseThrow();
		execute(AddCommand.create(model.editingDomain(), model.landscape(), LandscapePackage.Literals.LANDSCAPE__SYSTEMS, lab));
		execute(SetCommand.create(model.editingDomain(), some, LandscapePackage.Literals.INTERFACE__RECEIVER, lab));
		harness.driver.waitUntil("the lab on the map", () -> part.map.graph().nodes().contains("Research Lab"));

		RunWriter run = TaskRuns.of(workspace.store()).start(some.getDataSource().getUuid(), "tenant", TaskType.RUNTIME,
				RunTrigger.MANUAL);
		for (int i = 0; i < 7; i++) {
			Instant at = NOW.minusSeconds(3600L * i);
			run.stage(new MessageRecord("m" + i, some.getExternalId(), "COMPLETED", at, at.plusSeconds(1), null, null, null));
		}
		run.succeed();
		choose(part.toolbar.weight, 1);
		part.count();
		harness.driver.waitUntil("seven messages", () -> part.map.graph().edges().stream()
				.anyMatch(edge -> edge.interfaces().contains(some) && edge.messages() == 7));
		SystemGraph.Edge toLab = part.map.graph().edges().stream().filter(edge -> edge.interfaces().contains(some)).findFirst()
				.orElseThrow();
		assertEquals(7, toLab.weight(), "weighted by messages");
	}

	@Test
	void aWorkspaceWithoutConnectedInterfacesSaysSo() {
		harness.session.switchTo(Workspace.create(temp.resolve("empty"), "Empty"));
		harness.driver.waitUntil("the empty map", () -> !part.map.hasMap());
		assertTrue(part.map.emptyText().startsWith("No interface connects two systems"), part.map.emptyText());
		assertFalse(part.map.hasMap());
		assertNotEquals("", part.statusText());
	}

	private void execute(Command command) {
		model.commandStack().execute(command);
	}

	private void choose(Combo combo, int index) {
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
		harness.driver.flush();
	}

	private Point centre(Layout layout, int v) {
		return part.map.toCanvas(layout.x()[v] + layout.width()[v] / 2.0, layout.y()[v] + LayeredLayout.NODE_HEIGHT / 2.0);
	}

	private void click(Point at, int button) {
		part.map.canvas.notifyListeners(SWT.MouseDown, mouse(at, button));
		part.map.canvas.notifyListeners(SWT.MouseUp, mouse(at, button));
		harness.driver.flush();
	}

	private static Event mouse(Point at, int button) {
		Event event = new Event();
		event.x = at.x;
		event.y = at.y;
		event.button = button;
		return event;
	}
}
