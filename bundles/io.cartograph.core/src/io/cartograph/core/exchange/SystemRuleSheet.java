package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.RULE_BOOK__SYSTEM_MAPPING_RULES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__DESCRIPTION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__ENABLED;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__INTERFACE_PATTERN;
import static io.cartograph.model.landscape.LandscapePackage.Literals.SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.validation.PatternRules;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * System mapping rules in their order (the first matching rule wins). A row updates the rule with
 * the same interface pattern, original system and data source; other rows are appended.
 */
final class SystemRuleSheet implements SheetFormat {

	private static final String INTERFACE = "Interface";
	private static final String ORIGINAL_SYSTEM = "OriginalSystem";
	private static final String HARMONIZED_SYSTEM = "HarmonizedSystem";
	private static final String DATA_SOURCE = "DataSource";
	private static final String ENABLED = "Enabled";
	private static final String DESCRIPTION = "Description";

	private record Key(String pattern, String originalSystem, DataSource source) {
	}

	@Override
	public List<String> columns(LandscapeModel model) {
		return Sheet.SYSTEM_RULES.columns();
	}

	@Override
	public List<List<String>> rows(LandscapeModel model) {
		List<List<String>> rows = new ArrayList<>();
		for (SystemMappingRule rule : model.rules().getSystemMappingRules()) {
			rows.add(List.of(Cells.text(rule.getInterfacePattern()), Cells.text(rule.getOriginalSystem()),
					Cells.name(rule.getHarmonizedSystem()), Cells.name(rule.getDataSourceFilter()), Cells.flag(rule.isEnabled()),
					Cells.text(rule.getDescription())));
		}
		return rows;
	}

	@Override
	public void plan(LandscapeModel model, Rows rows, ImportPlan plan) {
		Names<LandscapeSystem> systems = Names.of(model.landscape().getSystems(), SystemSheet::keys);
		Names<DataSource> sources = Names.of(model.dataSources().getDataSources(), source -> List.of(Cells.text(source.getName())));
		Map<Key, SystemMappingRule> existing = new HashMap<>();
		for (SystemMappingRule rule : model.rules().getSystemMappingRules()) {
			existing.putIfAbsent(key(rule.getInterfacePattern(), rule.getOriginalSystem(), rule.getDataSourceFilter()), rule);
		}
		Map<Key, Integer> seen = new HashMap<>();
		List<SystemMappingRule> created = new ArrayList<>();
		for (Rows.Row row : rows.rows()) {
			int errors = plan.errorCount();
			String pattern = row.get(INTERFACE);
			PatternRules.problem(pattern).ifPresent(problem -> plan.error(row.line(), "Interface: " + problem + "."));
			String harmonizedName = row.get(HARMONIZED_SYSTEM);
			LandscapeSystem harmonized = harmonizedName.isEmpty() ? null : systems.find(harmonizedName);
			if (!harmonizedName.isEmpty() && harmonized == null) {
				plan.error(row.line(), "there is no system named '" + harmonizedName + "'. Rules map to existing systems: "
						+ "create it first (import --systems), or correct the HarmonizedSystem cell.");
			}
			String sourceName = row.get(DATA_SOURCE);
			DataSource source = sourceName.isEmpty() ? null : sources.find(sourceName);
			if (!sourceName.isEmpty() && source == null) {
				plan.error(row.line(), "there is no data source named '" + sourceName + "' (" + sources.known()
						+ "). Leave the cell empty for a rule that applies to every data source.");
			}
			Boolean enabled = Rows.flag(row.get(ENABLED));
			if (enabled == null) {
				plan.error(row.line(), "Enabled is '" + row.get(ENABLED) + "'; write true or false (empty means true).");
			}
			if (plan.errorCount() > errors) {
				continue;
			}
			Key key = key(pattern, row.get(ORIGINAL_SYSTEM), source);
			Integer earlier = seen.putIfAbsent(key, row.line());
			if (earlier != null) {
				plan.error(row.line(), "the same rule (interface pattern, original system and data source) is on line " + earlier
						+ ". Keep one of the two rows.");
				continue;
			}
			if (plan.hasErrors()) {
				continue;
			}
			SystemMappingRule rule = existing.get(key);
			Changes changes = rule != null ? Changes.of(plan) : Changes.direct();
			SystemMappingRule target = rule != null ? rule
					: Identities.create(LandscapePackage.Literals.SYSTEM_MAPPING_RULE, SystemMappingRule.class);
			int before = plan.size();
			changes.set(target, SYSTEM_MAPPING_RULE__INTERFACE_PATTERN, pattern);
			changes.set(target, SYSTEM_MAPPING_RULE__ORIGINAL_SYSTEM, emptyIsNull(row.get(ORIGINAL_SYSTEM)));
			changes.set(target, SYSTEM_MAPPING_RULE__DATA_SOURCE_FILTER, source);
			if (row.has(HARMONIZED_SYSTEM)) {
				changes.set(target, SYSTEM_MAPPING_RULE__HARMONIZED_SYSTEM, harmonized);
			}
			if (row.has(ENABLED)) {
				changes.set(target, SYSTEM_MAPPING_RULE__ENABLED, enabled);
			}
			if (row.has(DESCRIPTION)) {
				changes.set(target, SYSTEM_MAPPING_RULE__DESCRIPTION, emptyIsNull(row.get(DESCRIPTION)));
			}
			if (rule == null) {
				created.add(target);
				plan.created();
			} else {
				plan.matched(before);
			}
		}
		plan.add(model.rules(), RULE_BOOK__SYSTEM_MAPPING_RULES, created);
	}

	private static Key key(String pattern, String originalSystem, DataSource source) {
		return new Key(Cells.text(pattern).strip(), Rows.key(Cells.text(originalSystem)), source);
	}

	static String emptyIsNull(String cell) {
		return cell.isEmpty() ? null : cell;
	}
}
