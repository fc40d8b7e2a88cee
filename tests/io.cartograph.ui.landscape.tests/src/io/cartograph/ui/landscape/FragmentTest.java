package io.cartograph.ui.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.junit.jupiter.api.Test;

import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import io.cartograph.ui.landscape.explorer.LandscapeExplorerPart;
import io.cartograph.tests.support.BundleFragment;

/** The bundle's fragment.e4xmi, loaded as the workbench loads it: what goes where, and classes that load. */
class FragmentTest {

	@Test
	void contributesTheExplorerFirstTheEditorDescriptorAndTheEditorAreaAddon() throws Exception {
		assertNotNull(MFragmentFactory.INSTANCE);
		MModelFragments fragments = load();
		Map<String, List<String>> placed = new LinkedHashMap<>();
		for (MModelFragment fragment : fragments.getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (MApplicationElement element : fragment.getElements()) {
				placed.computeIfAbsent(target.getParentElementId() + "#" + target.getFeaturename()
						+ (target.getPositionInList() == null ? "" : "@" + target.getPositionInList()), k -> new java.util.ArrayList<>())
						.add(element.getElementId());
				if (element instanceof MContribution contribution) {
					assertLoads(contribution.getContributionURI());
				}
				if (element instanceof MPartDescriptor descriptor) {
					assertLoads(descriptor.getContributionURI());
					assertTrue(descriptor.isAllowMultiple() && descriptor.isCloseable() && descriptor.isDirtyable());
				}
			}
		}
		assertEquals(Map.of(
				"io.cartograph.app.application#addons", List.of("io.cartograph.ui.landscape.addon.editorArea"),
				"io.cartograph.app.application#descriptors", List.of(LandscapeEditorPart.DESCRIPTOR_ID),
				"io.cartograph.app.partstack.left#children@first", List.of("io.cartograph.ui.landscape.part.explorer")),
				placed);
		MPart explorer = (MPart) fragments.getFragments().stream().flatMap(f -> f.getElements().stream())
				.filter(MPart.class::isInstance).findFirst().orElseThrow();
		assertEquals("Landscape", explorer.getLabel());
		assertTrue(explorer.getContributionURI().endsWith(LandscapeExplorerPart.class.getName()));
		assertTrue(fragments.getFragments().stream().flatMap(f -> f.getElements().stream())
				.anyMatch(element -> element instanceof MAddon addon && addon.getContributionURI().endsWith(EditorAreaAddon.class.getName())));
	}

	private static void assertLoads(String contributionUri) throws ClassNotFoundException {
		BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.landscape", contributionUri);
	}

	private static MModelFragments load() throws Exception {
		return BundleFragment.load(FragmentTest.class);
	}
}
