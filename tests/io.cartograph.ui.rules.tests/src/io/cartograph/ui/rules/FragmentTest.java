package io.cartograph.ui.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.fragment.MFragmentFactory;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.BundleFragment;

/** The bundle's fragment.e4xmi, loaded as the workbench loads it: what goes where, and that its classes load. */
class FragmentTest {

	@Test
	void contributesFourPartDescriptorsTheirWindowMenuItemsAndTheAddon() throws Exception {
		assertNotNull(MFragmentFactory.INSTANCE);
		Map<String, List<String>> placed = new LinkedHashMap<>();
		for (MModelFragment fragment : load().getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (MApplicationElement element : fragment.getElements()) {
				placed.computeIfAbsent(target.getParentElementId() + "#" + target.getFeaturename(), k -> new ArrayList<>())
						.add(element.getElementId());
				if (element instanceof MContribution contribution) {
					assertLoads(contribution.getContributionURI());
				}
				if (element instanceof MPartDescriptor descriptor) {
					assertLoads(descriptor.getContributionURI());
					assertTrue(!descriptor.isAllowMultiple() && descriptor.isCloseable());
				}
			}
		}
		assertEquals(Map.of(
				"io.cartograph.app.application#addons", List.of("io.cartograph.ui.rules.addon.openView"),
				"io.cartograph.app.application#descriptors",
				List.of(RulesEditorPart.PART_ID, StrategyFitPart.PART_ID, TodoPart.PART_ID, ProposalsPart.PART_ID),
				"io.cartograph.app.menu.window#children",
				List.of("io.cartograph.ui.rules.menuitem.rulesEditor", "io.cartograph.ui.rules.menuitem.strategyFit",
						"io.cartograph.ui.rules.menuitem.todo", "io.cartograph.ui.rules.menuitem.proposals")),
				placed);
	}

	private static void assertLoads(String contributionUri) throws ClassNotFoundException {
		BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.rules", contributionUri);
	}

	private static MModelFragments load() throws Exception {
		return BundleFragment.load(FragmentTest.class);
	}
}
