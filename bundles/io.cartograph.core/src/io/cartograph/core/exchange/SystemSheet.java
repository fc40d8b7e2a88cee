package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM__ALIASES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM__DESCRIPTION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM__OWNER;
import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE__SYSTEMS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.NAMED__NAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;

/**
 * Harmonized systems, one per row, found by name (ignoring case) and otherwise created. Aliases
 * are separated by |. Columns beyond the fixed ones are system properties.
 */
final class SystemSheet implements SheetFormat {

	private static final String NAME = "Name";
	private static final String DESCRIPTION = "Description";
	private static final String OWNER = "Owner";
	private static final String ALIASES = "Aliases";

	/** A system's name first, then its aliases: the names rows and rules may use for it. */
	static List<String> keys(LandscapeSystem system) {
		List<String> keys = new ArrayList<>();
		keys.add(Cells.text(system.getName()));
		keys.addAll(system.getAliases());
		return keys;
	}

	@Override
	public List<String> columns(LandscapeModel model) {
		List<String> columns = new ArrayList<>(Sheet.SYSTEMS.columns());
		PropertyCells.definitions(model, PropertyCategory.SYSTEM).forEach(definition -> columns.add(definition.getName()));
		return columns;
	}

	@Override
	public List<List<String>> rows(LandscapeModel model) {
		List<PropertyDefinition> definitions = PropertyCells.definitions(model, PropertyCategory.SYSTEM);
		List<List<String>> rows = new ArrayList<>();
		for (LandscapeSystem system : model.landscape().getSystems()) {
			List<String> row = new ArrayList<>(List.of(Cells.name(system), Cells.text(system.getDescription()),
					Cells.text(system.getOwner()), String.join("|", system.getAliases())));
			definitions.forEach(definition -> row.add(PropertyCells.value(system, definition)));
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void plan(LandscapeModel model, Rows rows, ImportPlan plan) {
		Names<LandscapeSystem> byName = Names.of(model.landscape().getSystems(), system -> List.of(Cells.text(system.getName())));
		Names<LandscapeSystem> byAnyName = Names.of(model.landscape().getSystems(), SystemSheet::keys);
		PropertyCells properties = new PropertyCells(model, PropertyCategory.SYSTEM, rows, Sheet.SYSTEMS, plan);
		Map<String, Integer> seen = new HashMap<>();
		List<LandscapeSystem> created = new ArrayList<>();
		for (Rows.Row row : rows.rows()) {
			int errors = plan.errorCount();
			String name = row.get(NAME);
			if (name.isEmpty()) {
				plan.error(row.line(), "the Name cell is empty. Every row needs the system's name.");
				continue;
			}
			Integer earlier = seen.putIfAbsent(Rows.key(name), row.line());
			if (earlier != null) {
				plan.error(row.line(), "the system '" + name + "' is also on line " + earlier + ". Keep one of the two rows.");
				continue;
			}
			LandscapeSystem existing = byName.find(name);
			LandscapeSystem other = byAnyName.find(name);
			if (existing == null && other != null) {
				plan.error(row.line(), "'" + name + "' is an alias of the system '" + other.getName()
						+ "'. Use that name, or remove the alias from it first.");
			}
			List<String> aliases = Rows.values(row.get(ALIASES));
			for (String alias : row.has(ALIASES) ? aliases : List.<String>of()) {
				LandscapeSystem owner = byAnyName.find(alias);
				if (owner != null && owner != existing) {
					plan.error(row.line(), "the alias '" + alias + "' already names the system '" + owner.getName()
							+ "'. A name may belong to one system only.");
				}
			}
			properties.check(row);
			if (plan.errorCount() > errors || plan.hasErrors()) {
				continue;
			}
			LandscapeSystem target = existing != null ? existing
					: Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
			Changes changes = existing != null ? Changes.of(plan) : Changes.direct();
			int before = plan.size();
			changes.set(target, NAMED__NAME, name);
			if (row.has(DESCRIPTION)) {
				changes.set(target, LANDSCAPE_SYSTEM__DESCRIPTION, row.get(DESCRIPTION).isEmpty() ? null : row.get(DESCRIPTION));
			}
			if (row.has(OWNER)) {
				changes.set(target, LANDSCAPE_SYSTEM__OWNER, row.get(OWNER).isEmpty() ? null : row.get(OWNER));
			}
			if (row.has(ALIASES)) {
				changes.replace(target, LANDSCAPE_SYSTEM__ALIASES, aliases);
			}
			properties.apply(row, target, changes);
			if (existing == null) {
				created.add(target);
				plan.created();
			} else {
				plan.matched(before);
			}
		}
		plan.add(model.landscape(), LANDSCAPE__SYSTEMS, created);
	}
}
