package io.cartograph.ui.landscape.editors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.ui.landscape.ObjectLabels;

/** What the pickers offer: the model's systems, data sources, environments, ... sorted for people. */
final class Candidates {

	private static final Comparator<EObject> BY_LABEL = Comparator.comparing(object -> ObjectLabels.text(object).toLowerCase());

	private Candidates() {
	}

	static List<EObject> sorted(List<? extends EObject> objects) {
		List<EObject> sorted = new ArrayList<>(objects);
		sorted.sort(BY_LABEL);
		return sorted;
	}

	static List<EObject> systems(LandscapeModel model) {
		return sorted(model.landscape().getSystems());
	}

	static List<EObject> businessObjects(LandscapeModel model) {
		return sorted(model.landscape().getBusinessObjects());
	}

	static List<EObject> dataSources(LandscapeModel model) {
		return sorted(model.dataSources().getDataSources());
	}

	static List<EObject> proxies(LandscapeModel model) {
		return sorted(model.dataSources().getProxies());
	}

	static List<EObject> apiProviders(LandscapeModel model) {
		return sorted(model.apiManagement().getProviders());
	}

	/** Environments in their order (Development before Production), not by name. */
	static List<EObject> environments(LandscapeModel model) {
		List<EObject> ordered = new ArrayList<>(model.landscape().getEnvironments());
		ordered.sort(Comparator.comparingInt(environment -> ((Environment) environment).getRank()));
		return ordered;
	}

	/** Every tag value, category by category. */
	static List<EObject> tagValues(LandscapeModel model) {
		List<EObject> values = new ArrayList<>();
		for (TagCategory category : model.landscape().getTagCategories()) {
			for (TagValue value : category.getValues()) {
				values.add(value);
			}
		}
		return values;
	}

	static List<EObject> interfaces(LandscapeModel model) {
		return new ArrayList<>(model.interfaces().getInterfaces());
	}
}
