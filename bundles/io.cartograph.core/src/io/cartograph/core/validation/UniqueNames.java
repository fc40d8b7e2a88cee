package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM__ALIASES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.NAMED__NAME;
import static io.cartograph.model.landscape.LandscapePackage.Literals.USER__EMAIL;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.DataSourceCatalog;
import io.cartograph.model.landscape.Landscape;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.Named;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.User;

/**
 * Names that people and imports use to find things are unique (ignoring case and surrounding
 * spaces) and present. Checked on the container, and reported on the second and later objects
 * that repeat a name.
 */
final class UniqueNames {

	private UniqueNames() {
	}

	static void check(Landscape landscape, Findings findings) {
		unique(landscape.getSystems(), "systems", findings);
		aliases(landscape.getSystems(), findings);
		unique(landscape.getEnvironments(), "environments", findings);
		unique(landscape.getBusinessObjects(), "business objects", findings);
		unique(landscape.getTagCategories(), "tag categories", findings);
		for (PropertyCategory category : PropertyCategory.values()) {
			List<PropertyDefinition> definitions = landscape.getPropertyDefinitions().stream()
					.filter(definition -> definition.getCategory() == category).toList();
			unique(definitions, category.getName() + " property definitions", findings);
		}
		unique(landscape.getUsers(), User::getEmail, USER__EMAIL, "users", "email address", findings);
	}

	static void check(DataSourceCatalog catalog, Findings findings) {
		unique(catalog.getDataSources(), "data sources", findings);
		unique(catalog.getProxies(), "proxies", findings);
	}

	static void check(TagCategory category, Findings findings) {
		unique(category.getValues(), "values of " + ObjectLabels.label(category), findings);
	}

	private static void unique(List<? extends Named> objects, String kinds, Findings findings) {
		unique(objects, Named::getName, NAMED__NAME, kinds, "name", findings);
	}

	private static <T extends EObject> void unique(List<? extends T> objects, Function<T, String> key, EAttribute feature,
			String kinds, String keyName, Findings findings) {
		Map<String, T> first = new HashMap<>();
		int position = 0;
		for (T object : objects) {
			position++;
			String value = key.apply(object);
			if (Findings.isBlank(value)) {
				findings.report(Check.UNIQUE_NAME, object, feature, "Number " + position + " of the " + kinds
						+ " has no " + keyName + ". Enter one: it is how people and imports find it.");
				continue;
			}
			T earlier = first.putIfAbsent(normal(value), object);
			if (earlier != null) {
				findings.report(Check.UNIQUE_NAME, object, feature, "Two " + kinds + " have the " + keyName + " '" + value.strip()
						+ "' (numbers " + (objects.indexOf(earlier) + 1) + " and " + position + "). Rename or merge one of them.");
			}
		}
	}

	/** An alias that is another system's name or alias would make rules and imports ambiguous. */
	private static void aliases(List<LandscapeSystem> systems, Findings findings) {
		Map<String, LandscapeSystem> owners = new HashMap<>();
		for (LandscapeSystem system : systems) {
			if (!Findings.isBlank(system.getName())) {
				owners.putIfAbsent(normal(system.getName()), system);
			}
		}
		for (LandscapeSystem system : systems) {
			for (String alias : system.getAliases()) {
				if (Findings.isBlank(alias)) {
					continue;
				}
				LandscapeSystem owner = owners.putIfAbsent(normal(alias), system);
				if (owner != null && owner != system) {
					findings.report(Check.UNIQUE_NAME, system, LANDSCAPE_SYSTEM__ALIASES, "The alias '" + alias.strip() + "' of "
							+ ObjectLabels.label(system) + " also names " + ObjectLabels.label(owner)
							+ ". Remove it from one of them, so that rules and imports know which system is meant.");
				}
			}
		}
	}

	static String normal(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
