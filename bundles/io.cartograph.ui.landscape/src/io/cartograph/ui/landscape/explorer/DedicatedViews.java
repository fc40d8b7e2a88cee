package io.cartograph.ui.landscape.explorer;

import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE__DASHBOARD_SETTINGS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE__TODO_SETTINGS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.RULE_BOOK__STRATEGY;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.ui.DedicatedView;

/** Which explorer nodes stand for a view of their own, and which view. */
final class DedicatedViews {

	private static final Map<ExplorerGroup, DedicatedView> GROUPS = Map.of(
			ExplorerGroups.INTERFACES, DedicatedView.INTERFACE_CATALOG,
			ExplorerGroups.RULES, DedicatedView.TRANSFORMATION_RULES,
			ExplorerGroups.SYSTEM_RULES, DedicatedView.SYSTEM_RULES,
			ExplorerGroups.OBJECT_RULES, DedicatedView.OBJECT_RULES);

	/** Settings objects shown in the tree as themselves: they open their form, the view is extra. */
	private static final Map<EStructuralFeature, DedicatedView> SETTINGS = Map.of(
			RULE_BOOK__STRATEGY, DedicatedView.STRATEGY_FIT,
			LANDSCAPE__TODO_SETTINGS, DedicatedView.TODO,
			LANDSCAPE__DASHBOARD_SETTINGS, DedicatedView.DASHBOARD);

	/** Groups that fold on Open but offer a related view in their context menu. */
	private static final Map<ExplorerGroup, DedicatedView> RELATED = Map.of(
			ExplorerGroups.INTEGRATIONS, DedicatedView.END_TO_END_PROPOSALS,
			ExplorerGroups.SYSTEMS, DedicatedView.SYSTEM_MAP);

	private DedicatedViews() {
	}

	/** The view the context menu offers beside Open (for settings objects and some groups), or null. */
	static DedicatedView related(Object node) {
		return node instanceof ExplorerGroup group ? RELATED.get(group) : node instanceof EObject ? of(node) : null;
	}

	/** The view the node stands for, or null. */
	static DedicatedView of(Object node) {
		if (node instanceof ExplorerGroup group) {
			return GROUPS.get(group);
		}
		if (node instanceof EObject object && object.eContainingFeature() != null) {
			return SETTINGS.get(object.eContainingFeature());
		}
		return null;
	}
}
