package io.cartograph.ui.map;

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

/** The map's add-on answering {@code --show system-map} and the explorer, over a small application model. */
class SystemMapAddonTest {

	WorkbenchWindow workbench;
	SystemMapAddon addon;

	@BeforeEach
	void start() throws Exception {
		workbench = new WorkbenchWindow(SystemMapAddonTest.class);
		addon = workbench.addon(SystemMapAddon.class);
	}

	@AfterEach
	void stop() {
		workbench.close();
	}

	@Test
	void listensToOpenViewRequests() throws Exception {
		UIEventTopic topic = SystemMapAddon.class.getMethod("openView", DedicatedView.class).getParameters()[0]
				.getAnnotation(UIEventTopic.class);
		assertEquals(LandscapeTopics.OPEN_VIEW, topic.value());
	}

	@Test
	void opensTheMapInTheEditorStackOnceAndActivatesIt() {
		addon.openView(DedicatedView.SYSTEM_MAP);
		List<MPart> parts = workbench.parts(SystemMapPart.PART_ID);
		assertEquals(1, parts.size());
		MPart map = parts.get(0);
		assertSame(workbench.stack(WorkbenchWindow.EDITOR_STACK), map.getParent());
		assertEquals(List.of(map), workbench.activated());

		new ShowSystemMapHandler().execute(workbench.window);
		assertEquals(List.of(map), workbench.parts(SystemMapPart.PART_ID), "the one map, brought forward");
		assertEquals(List.of(map, map), workbench.activated());
	}

	@Test
	void leavesOtherBundlesViewsAlone() {
		addon.openView(DedicatedView.DASHBOARD);
		assertTrue(workbench.activated().isEmpty());
	}
}
