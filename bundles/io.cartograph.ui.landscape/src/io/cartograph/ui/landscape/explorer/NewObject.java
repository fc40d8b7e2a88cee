package io.cartograph.ui.landscape.explorer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.ui.landscape.ObjectLabels;

/**
 * Where a new object goes and what it starts as: in a group, an object of the group's kind; on
 * an object, a sibling of the same kind. Named objects get a name that is not taken yet.
 */
record NewObject(EObject owner, EReference feature, EClass type) {

	/** What New makes for the selected node, or null when it makes nothing there. */
	static NewObject beside(LandscapeModel model, Object node) {
		if (node instanceof ExplorerGroup group && group.childClass() != null) {
			return new NewObject(group.owner(model), group.feature(), group.childClass());
		}
		if (node instanceof EObject object && object.eContainmentFeature() != null && object.eContainmentFeature().isMany()
				&& !object.eClass().isAbstract()) {
			return new NewObject(object.eContainer(), object.eContainmentFeature(), object.eClass());
		}
		return null;
	}

	/** The new object, with its UUID, not added anywhere yet. */
	EObject create() {
		EObject created = Identities.create(type, EObject.class);
		if (created instanceof Named named) {
			named.setName(freeName("New " + ObjectLabels.typeName(type)));
		}
		if (created instanceof Environment environment) {
			environment.setRank(siblings().stream().mapToInt(e -> ((Environment) e).getRank()).max().orElse(0) + 10);
		}
		if (created instanceof PropertyDefinition definition) {
			definition.setCategory(PropertyCategory.INTERFACE);
			definition.setFormat(PropertyFormat.STRING);
		}
		return created;
	}

	@SuppressWarnings("unchecked")
	private List<EObject> siblings() {
		return (List<EObject>) owner.eGet(feature);
	}

	private String freeName(String base) {
		Set<String> taken = new HashSet<>();
		for (EObject sibling : siblings()) {
			if (sibling instanceof Named named && named.getName() != null) {
				taken.add(named.getName());
			}
		}
		if (!taken.contains(base)) {
			return base;
		}
		int number = 2;
		while (taken.contains(base + " " + number)) {
			number++;
		}
		return base + " " + number;
	}
}
