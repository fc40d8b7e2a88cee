package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__DEFINITION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__VALUE;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyValue;

/** A property value has a definition, of its holder's category, and matches the definition's format. */
final class PropertyRules {

	private PropertyRules() {
	}

	static void check(PropertyValue value, Findings findings) {
		EObject holder = value.eContainer();
		String owner = holder == null ? "A property value" : "A property value of " + ObjectLabels.label(holder);
		PropertyDefinition definition = value.getDefinition();
		if (definition == null) {
			findings.report(Check.PROPERTY_FORMAT, value, PROPERTY_VALUE__DEFINITION,
					owner + " says which property it is not. Choose its property definition, or remove it.");
			return;
		}
		String label = "Property '" + definition.getName() + "'" + (holder == null ? "" : " of " + ObjectLabels.label(holder));
		PropertyCategory expected = categoryOf(holder);
		if (expected != null && definition.getCategory() != null && definition.getCategory() != expected) {
			findings.report(Check.PROPERTY_FORMAT, Diagnostic.WARNING, value, PROPERTY_VALUE__DEFINITION,
					label + " is defined for " + definition.getCategory().getName() + " objects, not for "
							+ expected.getName() + " objects. Use a property of the " + expected.getName() + " category.");
		}
		PropertyFormats.problem(definition.getFormat(), value.getValue()).ifPresent(problem -> findings.report(
				Check.PROPERTY_FORMAT, value, PROPERTY_VALUE__VALUE,
				label + ": " + problem + ". Correct the value or clear it."));
	}

	private static PropertyCategory categoryOf(EObject holder) {
		return switch (holder) {
		case Interface ignored -> PropertyCategory.INTERFACE;
		case LandscapeSystem ignored -> PropertyCategory.SYSTEM;
		case BusinessObject ignored -> PropertyCategory.OBJECT;
		case null, default -> null;
		};
	}
}
