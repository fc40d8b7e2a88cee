package io.cartograph.ui.landscape.editors;

import static io.cartograph.model.landscape.LandscapePackage.Literals.*;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Transformation rules: which interfaces (a regular expression on the name) get which
 * harmonized system or business object.
 */
final class RuleForms {

	/** A regular expression that compiles; anything else is refused with the reason. */
	static final TextCodec PATTERN = new TextCodec() {
		@Override
		public String toText(Object value) {
			return value == null ? "" : value.toString();
		}

		@Override
		public Object fromText(String text) {
			if (text.isEmpty()) {
				return null;
			}
			try {
				Pattern.compile(text);
				return text;
			} catch (PatternSyntaxException e) {
				throw new IllegalArgumentException("Not a valid regular expression: " + e.getDescription()
						+ " (at position " + e.getIndex() + ")");
			}
		}
	};

	private RuleForms() {
	}

	static void systemRule(Form form) {
		var model = form.context().model();
		form.section("System Rule");
		form.text(SYSTEM_MAPPING_RULE__INTERFACE_PATTERN, "Interface (regular expression)", PATTERN);
		form.text(SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM, "Original System (as harvested)");
		form.reference(SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM, "Harmonized System", () -> Candidates.systems(model));
		form.reference(SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER, "Only for Data Source", () -> Candidates.dataSources(model));
		form.check(SYSTEM_MAPPING_RULE__ENABLED);
		form.area(SYSTEM_MAPPING_RULE__DESCRIPTION);
	}

	static void objectRule(Form form) {
		var model = form.context().model();
		form.section("Object Rule");
		form.text(OBJECT_RULE__INTERFACE_PATTERN, "Interface (regular expression)", PATTERN);
		form.reference(OBJECT_RULE__HARMONIZED_OBJECT, "Harmonized Object", () -> Candidates.businessObjects(model));
		form.check(OBJECT_RULE__ENABLED);
		form.area(OBJECT_RULE__DESCRIPTION);
	}
}
