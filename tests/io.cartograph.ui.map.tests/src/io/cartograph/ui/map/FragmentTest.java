package io.cartograph.ui.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.BundleFragment;

/** The bundle's fragment.e4xmi, loaded as the workbench loads it: what goes where, and classes that load. */
class FragmentTest {

	@Test
	void contributesTheMapsDescriptorWindowSystemMapAndTheOpenViewAddon() throws Exception {
		assertNotNull(MFragmentFactory.INSTANCE);
		MModelFragments fragments = load();
		Map<String, List<String>> placed = new LinkedHashMap<>();
		for (MModelFragment fragment : fragments.getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (MApplicationElement element : fragment.getElements()) {
				placed.computeIfAbsent(target.getParentElementId() + "#" + target.getFeaturename(), k -> new ArrayList<>())
						.add(element.getElementId());
				if (element instanceof MContribution contribution) {
					assertLoads(contribution.getContributionURI());
				}
				if (element instanceof MPartDescriptor descriptor) {
					assertLoads(descriptor.getContributionURI());
				}
				if (element instanceof MHandler handler) {
					assertEquals("io.cartograph.ui.map.command.show", handler.getCommand().getElementId());
				}
				if (element instanceof MHandledMenuItem item) {
					assertEquals("io.cartograph.ui.map.command.show", item.getCommand().getElementId());
				}
			}
		}
		assertEquals(Map.of(
				"io.cartograph.app.application#commands", List.of("io.cartograph.ui.map.command.show"),
				"io.cartograph.app.application#addons", List.of("io.cartograph.ui.map.addon.openView"),
				"io.cartograph.app.application#handlers", List.of("io.cartograph.ui.map.handler.show"),
				"io.cartograph.app.menu.window#children", List.of("io.cartograph.ui.map.menuitem.show"),
				"io.cartograph.app.application#descriptors", List.of(SystemMapPart.PART_ID)), placed);
	}

	private static void assertLoads(String contributionUri) throws ClassNotFoundException {
		BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.map", contributionUri);
	}

	private static MModelFragments load() throws Exception {
		return BundleFragment.load(FragmentTest.class);
	}
}
