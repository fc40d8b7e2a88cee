package io.cartograph.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimBar;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.cartograph.tests.support.BundleFragment;

/**
 * The bundle's fragment.e4xmi as the workbench loads it: where each contribution goes, that its
 * classes load, the Team menu's items, Ctrl+Alt+S for Sync Now and the status field in a bottom trim.
 */
class FragmentTest {

	@Test
	void contributesTheTeamMenuTheConflictsViewAndTheStatusField() throws Exception {
		Map<String, List<String>> placed = new LinkedHashMap<>();
		List<EObject> all = new ArrayList<>();
		for (MModelFragment fragment : BundleFragment.load(FragmentTest.class).getFragments()) {
			MStringModelFragment target = (MStringModelFragment) fragment;
			for (MApplicationElement element : fragment.getElements()) {
				placed.computeIfAbsent(target.getParentElementId() + "#" + target.getFeaturename(), k -> new ArrayList<>())
						.add(element.getElementId());
				EcoreUtil.getAllContents((EObject) element, true).forEachRemaining(o -> all.add((EObject) o));
				all.add((EObject) element);
			}
		}
		for (EObject object : all) {
			if (object instanceof MContribution contribution && contribution.getContributionURI() != null) {
				BundleFragment.assertLoads(FragmentTest.class, "io.cartograph.ui.sync", contribution.getContributionURI());
			}
		}
		assertEquals(List.of(ConflictsPart.PART_ID), placed.get("io.cartograph.app.application#descriptors"));
		assertEquals(List.of("io.cartograph.ui.sync.menuitem.conflicts"), placed.get("io.cartograph.app.menu.window#children"));
		assertEquals(List.of("io.cartograph.ui.sync.addon.teamSync"), placed.get("io.cartograph.app.application#addons"));
		assertEquals(List.of("io.cartograph.ui.sync.trim.bottom"), placed.get("io.cartograph.app.window.main#trimBars"));
		MMenu team = all.stream().filter(MMenu.class::isInstance).map(MMenu.class::cast).findFirst().orElseThrow();
		assertEquals(java.util.Arrays.asList("&Sync Now", "Sign &In...", null, "S&hare Workspace on Server...",
				"&Join Workspace from Server..."), team.getChildren().stream().map(MMenuElement::getLabel).toList());
		MKeyBinding binding = all.stream().filter(MKeyBinding.class::isInstance).map(MKeyBinding.class::cast).findFirst()
				.orElseThrow();
		assertEquals("M1+M3+S", binding.getKeySequence());
		assertEquals("io.cartograph.ui.sync.command.syncNow", binding.getCommand().getElementId());
		MTrimBar trim = all.stream().filter(MTrimBar.class::isInstance).map(MTrimBar.class::cast).findFirst().orElseThrow();
		assertEquals("io.cartograph.ui.sync.toolcontrol.status", trim.getChildren().get(0).getElementId());
	}
}
