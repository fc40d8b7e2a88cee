package io.cartograph.ui.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.BundleFragment;
import io.cartograph.ui.landscape.EditorDescriptors;
import io.cartograph.ui.landscape.editors.LandscapeEditorPart;
import io.cartograph.ui.policy.flow.ProxyFlowsPart;
import io.cartograph.ui.policy.xml.PolicyEditorPart;

/**
 * The bundle's fragment.e4xmi as the workbench loads it: two editor descriptors whose classes
 * load, and that claim Policy and ApiProxy, so that the editor area opens them for those objects.
 */
class FragmentTest {

	@Test
	void policiesAndProxiesOpenInTheirOwnEditors() throws Exception {
		List<MPartDescriptor> descriptors = new ArrayList<>();
		Map<String, List<String>> placed = new LinkedHashMap<>();
		for (MModelFragment fragment : BundleFragment.load(FragmentTest.class).getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (MApplicationElement element : fragment.getElements()) {
				placed.computeIfAbsent(target.getParentElementId() + "#" + target.getFeaturename(), k -> new ArrayList<>())
						.add(element.getElementId());
				if (element instanceof MPartDescriptor descriptor) {
					BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.policy", descriptor.getContributionURI());
					descriptors.add(descriptor);
				}
				if (element instanceof MContribution contribution) {
					BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.policy", contribution.getContributionURI());
				}
			}
		}
		assertEquals(List.of(PolicyEditorPart.DESCRIPTOR_ID, ProxyFlowsPart.DESCRIPTOR_ID),
				descriptors.stream().map(MPartDescriptor::getElementId).toList());
		assertEquals(PolicyEditorPart.DESCRIPTOR_ID, EditorDescriptors.of(descriptors, "Policy"));
		assertEquals(ProxyFlowsPart.DESCRIPTOR_ID, EditorDescriptors.of(descriptors, "ApiProxy"));
		assertEquals(LandscapeEditorPart.DESCRIPTOR_ID, EditorDescriptors.of(descriptors, "ApiProvider"));
		assertEquals(List.of("io.cartograph.ui.policy.menu.file.separator.bundles", "io.cartograph.ui.policy.menuitem.importBundle",
				"io.cartograph.ui.policy.menuitem.exportBundle"), placed.get("io.cartograph.app.menu.file#children"));
		assertEquals(List.of("io.cartograph.ui.policy.handler.importBundle", "io.cartograph.ui.policy.handler.exportBundle"),
				placed.get("io.cartograph.app.application#handlers"));
	}
}
