package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE__DESCRIPTION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE__ENABLED;
import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE__HARMONIZED_OBJECT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.OBJECT_RULE__INTERFACE_PATTERN;
import static io.cartograph.model.landscape.LandscapePackage.Literals.RULE_BOOK__OBJECT_RULES;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.PatternRules;
import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.ObjectRule;

/**
 * Object rules: interfaces whose name matches the pattern carry the harmonized business object.
 * A row updates the rule with the same pattern and object; other rows are appended.
 */
final class ObjectRuleSheet implements SheetFormat {

	private static final String INTERFACE = "Interface";
	private static final String HARMONIZED_OBJECT = "HarmonizedObject";
	private static final String ENABLED = "Enabled";
	private static final String DESCRIPTION = "Description";

	private record Key(String pattern, BusinessObject object) {
	}

	@Override
	public List<String> columns(LandscapeModel model) {
		return Sheet.OBJECT_RULES.columns();
	}

	@Override
	public List<List<String>> rows(LandscapeModel model) {
		List<List<String>> rows = new ArrayList<>();
		for (ObjectRule rule : model.rules().getObjectRules()) {
			rows.add(List.of(Cells.text(rule.getInterfacePattern()), Cells.name(rule.getHarmonizedObject()),
					Cells.flag(rule.isEnabled()), Cells.text(rule.getDescription())));
		}
		return rows;
	}

	@Override
	public void plan(LandscapeModel model, Rows rows, ImportPlan plan) {
		Names<BusinessObject> objects = Names.of(model.landscape().getBusinessObjects(), object -> List.of(Cells.text(object.getName())));
		Map<Key, ObjectRule> existing = new HashMap<>();
		for (ObjectRule rule : model.rules().getObjectRules()) {
			existing.putIfAbsent(new Key(Cells.text(rule.getInterfacePattern()).strip(), rule.getHarmonizedObject()), rule);
		}
		Map<Key, Integer> seen = new HashMap<>();
		List<ObjectRule> created = new ArrayList<>();
		for (Rows.Row row : rows.rows()) {
			int errors = plan.errorCount();
			String pattern = row.get(INTERFACE);
			PatternRules.problem(pattern).ifPresent(problem -> plan.error(row.line(), "Interface: " + problem + "."));
			String objectName = row.get(HARMONIZED_OBJECT);
			BusinessObject object = objects.find(objectName);
			if (object == null) {
				plan.error(row.line(), objectName.isEmpty() ? "the HarmonizedObject cell is empty; an object rule needs the business object it assigns."
						: "there is no business object named '" + objectName + "' (" + objects.known()
								+ "). Create it first, or correct the HarmonizedObject cell.");
			}
			Boolean enabled = Rows.flag(row.get(ENABLED));
			if (enabled == null) {
				plan.error(row.line(), "Enabled is '" + row.get(ENABLED) + "'; write true or false (empty means true).");
			}
			if (plan.errorCount() > errors) {
				continue;
			}
			Key key = new Key(pattern, object);
			Integer earlier = seen.putIfAbsent(key, row.line());
			if (earlier != null) {
				plan.error(row.line(), "the same rule (pattern and object) is on line " + earlier + ". Keep one of the two rows.");
				continue;
			}
			if (plan.hasErrors()) {
				continue;
			}
			ObjectRule rule = existing.get(key);
			Changes changes = rule != null ? Changes.of(plan) : Changes.direct();
			ObjectRule target = rule != null ? rule : Identities.create(LandscapePackage.Literals.OBJECT_RULE, ObjectRule.class);
			int before = plan.size();
			changes.set(target, OBJECT_RULE__INTERFACE_PATTERN, pattern);
			changes.set(target, OBJECT_RULE__HARMONIZED_OBJECT, object);
			if (row.has(ENABLED)) {
				changes.set(target, OBJECT_RULE__ENABLED, enabled);
			}
			if (row.has(DESCRIPTION)) {
				changes.set(target, OBJECT_RULE__DESCRIPTION, SystemRuleSheet.emptyIsNull(row.get(DESCRIPTION)));
			}
			if (rule == null) {
				created.add(target);
				plan.created();
			} else {
				plan.matched(before);
			}
		}
		plan.add(model.rules(), RULE_BOOK__OBJECT_RULES, created);
	}
}
