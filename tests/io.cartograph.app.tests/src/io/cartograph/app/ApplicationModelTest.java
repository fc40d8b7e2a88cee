package io.cartograph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.Test;

import io.cartograph.ui.explorer.ExplorerPart;

/**
 * The application model and the UI fragment, loaded the way EMF loads them for the workbench:
 * the menus, key bindings and views the issue asks for are there, and every reference resolves.
 */
class ApplicationModelTest {

	private static MApplication application;
	private static MModelFragments uiFragment;

	@BeforeAll
	static void load() throws Exception {
		// Touching the factories registers the e4 model packages with EMF.
		assertNotNull(MApplicationFactory.INSTANCE);
		assertNotNull(MFragmentFactory.INSTANCE);
		application = (MApplication) load(LifeCycle.class, "/Application.e4xmi");
		uiFragment = (MModelFragments) load(ExplorerPart.class, "/fragment.e4xmi");
	}

	@Test
	void mainMenuOffersTheWorkbenchCommands() {
		Map<String, List<String>> menus = new LinkedHashMap<>();
		for (MMenuElement top : mainWindow().getMainMenu().getChildren()) {
			MMenu menu = (MMenu) top;
			menus.put(menu.getLabel().replace("&", ""), menu.getChildren().stream()
					.filter(MHandledMenuItem.class::isInstance).map(item -> item.getLabel().replace("&", "")).toList());
		}
		assertEquals(Map.of(
				"File", List.of("New Workspace...", "Open Workspace...", "Save", "Save All", "Exit"),
				"Edit", List.of("Undo", "Redo"),
				"Window", List.of("Reset Layout"),
				"Help", List.of("About Cartograph")), menus);
		assertEquals(List.of("File", "Edit", "Window", "Help"), List.copyOf(menus.keySet()));
	}

	@Test
	void keyBindingsReachSaveUndoAndRedo() {
		Map<String, String> bindings = new LinkedHashMap<>();
		for (MBindingTable table : application.getBindingTables()) {
			for (MKeyBinding binding : table.getBindings()) {
				bindings.put(binding.getKeySequence(), binding.getCommand().getElementId());
			}
		}
		assertEquals("io.cartograph.command.save", bindings.get("M1+S"));
		assertEquals("io.cartograph.command.saveAll", bindings.get("M1+M2+S"));
		assertEquals("io.cartograph.command.undo", bindings.get("M1+Z"));
		assertEquals("io.cartograph.command.redo", bindings.get("M1+M2+Z"));
		assertEquals("io.cartograph.command.redo", bindings.get("M1+Y"));
		// Without active binding contexts no key binding fires at all.
		assertEquals(List.of("org.eclipse.ui.contexts.dialogAndWindow"),
				application.getBindingContexts().stream().map(c -> c.getElementId()).toList());
		assertEquals(List.of("org.eclipse.ui.contexts.window"),
				mainWindow().getBindingContexts().stream().map(c -> c.getElementId()).toList());
	}

	@Test
	void everyMenuCommandHasAHandlerClassThatLoads() throws Exception {
		Set<String> handled = new HashSet<>();
		for (MHandler handler : elementsOf("handlers", MHandler.class)) {
			handled.add(handler.getCommand().getElementId());
			loadContribution(handler.getContributionURI());
		}
		List<String> menuCommands = new ArrayList<>();
		for (MMenuElement top : mainWindow().getMainMenu().getChildren()) {
			for (MMenuElement item : ((MMenu) top).getChildren()) {
				if (item instanceof MHandledMenuItem handledItem) {
					menuCommands.add(handledItem.getCommand().getElementId());
				}
			}
		}
		assertTrue(handled.containsAll(menuCommands), "without handler: "
				+ menuCommands.stream().filter(c -> !handled.contains(c)).collect(Collectors.toList()));
	}

	@Test
	void viewsGoIntoTheStacksOfTheDefaultLayout() throws Exception {
		Map<String, List<String>> placement = new LinkedHashMap<>();
		for (MModelFragment fragment : uiFragment.getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (var element : fragment.getElements()) {
				if (element instanceof MPart part) {
					loadContribution(part.getContributionURI());
					placement.computeIfAbsent(target.getParentElementId(), k -> new ArrayList<>()).add(part.getLabel());
				}
			}
		}
		assertEquals(Map.of(
				"io.cartograph.app.partstack.left", List.of("Explorer"),
				"io.cartograph.app.partstack.editors", List.of("Overview"),
				"io.cartograph.app.partstack.bottom", List.of("Job Monitor", "Problems")), placement);
		Set<String> snippetIds = new HashSet<>();
		MUIElement perspective = application.getSnippets().stream()
				.filter(s -> "io.cartograph.app.perspective.landscape".equals(s.getElementId())).findFirst().orElseThrow();
		((EObject) perspective).eAllContents().forEachRemaining(o -> snippetIds.add(((MUIElement) o).getElementId()));
		assertTrue(snippetIds.containsAll(placement.keySet()), "stacks missing from the layout: " + placement.keySet());
	}

	@Test
	void elementIdsAreUniqueAndNamespaced() {
		List<String> ids = new ArrayList<>();
		((EObject) application).eAllContents().forEachRemaining(o -> {
			if (o instanceof org.eclipse.e4.ui.model.application.MApplicationElement element && element.getElementId() != null) {
				ids.add(element.getElementId());
			}
		});
		Set<String> unique = new HashSet<>(ids);
		assertEquals(ids.size(), unique.size(), "duplicate element ids in Application.e4xmi");
		assertTrue(ids.stream().allMatch(id -> id.startsWith("io.cartograph.") || id.startsWith("org.eclipse.")), ids::toString);
	}

	private static MTrimmedWindow mainWindow() {
		return (MTrimmedWindow) application.getChildren().get(0);
	}

	private static <T> List<T> elementsOf(String feature, Class<T> type) {
		return uiFragment.getFragments().stream().filter(f -> feature.equals(((MStringModelFragment) f).getFeaturename()))
				.flatMap(f -> f.getElements().stream()).map(type::cast).toList();
	}

	/** Loads a bundleclass://bundle/class URI the way the workbench does: from that bundle. */
	private static Class<?> loadContribution(String contributionUri) throws ClassNotFoundException {
		String[] parts = contributionUri.substring("bundleclass://".length()).split("/", 2);
		Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(LifeCycle.class).getBundleContext().getBundles())
				.filter(b -> b.getSymbolicName().equals(parts[0])).findFirst()
				.orElseThrow(() -> new AssertionError("no bundle " + parts[0] + " for " + contributionUri));
		return bundle.loadClass(parts[1]);
	}

	private static Object load(Class<?> anchor, String path) throws Exception {
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new XMIResourceFactoryImpl());
		Resource resource = resources.createResource(URI.createURI("memory:" + path));
		try (InputStream in = anchor.getResourceAsStream(path)) {
			assertNotNull(in, path + " is not in the bundle");
			resource.load(in, Map.of());
		}
		assertTrue(resource.getErrors().isEmpty(), () -> path + ": " + resource.getErrors());
		return resource.getContents().get(0);
	}
}
