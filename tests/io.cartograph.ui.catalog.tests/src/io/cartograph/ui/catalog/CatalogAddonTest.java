package io.cartograph.ui.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.WorkbenchWindow;
import io.cartograph.ui.DedicatedView;
import io.cartograph.ui.LandscapeTopics;

/** The catalog's add-on answering the Landscape Explorer, over a small application model with this bundle's descriptor. */
class CatalogAddonTest {

	WorkbenchWindow workbench;
	CatalogAddon addon;

	@BeforeEach
	void start() throws Exception {
		workbench = new WorkbenchWindow(CatalogAddonTest.class);
		addon = workbench.addon(CatalogAddon.class);
	}

	@AfterEach
	void stop() {
		workbench.close();
	}

	@Test
	void listensToTheExplorersRequests() throws Exception {
		UIEventTopic topic = CatalogAddon.class.getMethod("openView", DedicatedView.class).getParameters()[0]
				.getAnnotation(UIEventTopic.class);
		assertEquals(LandscapeTopics.OPEN_VIEW, topic.value());
	}

	@Test
	void opensTheCatalogInTheEditorStackOnceAndActivatesIt() {
		addon.openView(DedicatedView.INTERFACE_CATALOG);
		List<MPart> parts = workbench.parts(InterfaceCatalogPart.PART_ID);
		assertEquals(1, parts.size());
		MPart catalog = parts.get(0);
		assertSame(workbench.stack(WorkbenchWindow.EDITOR_STACK), catalog.getParent());
		assertSame(catalog, catalog.getParent().getSelectedElement());
		assertEquals(List.of(catalog), workbench.activated());

		addon.openView(DedicatedView.INTERFACE_CATALOG);
		assertEquals(List.of(catalog), workbench.parts(InterfaceCatalogPart.PART_ID), "the one catalog, brought forward");
		assertEquals(List.of(catalog, catalog), workbench.activated());
	}

	@Test
	void leavesOtherBundlesViewsAlone() {
		addon.openView(DedicatedView.TRANSFORMATION_RULES);
		addon.openView(DedicatedView.STRATEGY_FIT);
		assertTrue(workbench.activated().isEmpty());
		assertTrue(workbench.stack(WorkbenchWindow.EDITOR_STACK).getChildren().isEmpty());
	}
}
