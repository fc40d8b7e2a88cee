package io.cartograph.core.exchange;

import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE_CATALOG__INTERFACES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__ADAPTERS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__AUTHENTICATION_METHODS;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__DATA_SOURCE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__ENVIRONMENT;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__EXTERNAL_ID;
import static io.cartograph.model.landscape.LandscapePackage.Literals.INTERFACE__TYPE;
import static io.cartograph.model.landscape.LandscapePackage.Literals.NAMED__NAME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;

/**
 * Interfaces, one per row. A row updates the interface with the same ExternalId (in the same
 * data source, when the sheet has a DataSource column), or else the one with the same name in the
 * same data source, or else creates one. Columns that are missing leave their fields alone;
 * empty cells clear them.
 */
final class InterfaceSheet implements SheetFormat {

	static final String INTERFACE = "Interface";
	static final String EXTERNAL_ID = "ExternalId";
	static final String DATA_SOURCE = "DataSource";
	static final String ENVIRONMENT = "Environment";
	static final String SENDER = "Sender";
	static final String RECEIVER = "Receiver";
	static final String ADAPTER = "Adapter";
	static final String AUTHENTICATION = "Authentication";
	static final String TYPE = "Type";

	/** Where an interface is found: its data source (null for none) and its external ID or name. */
	private record Key(DataSource source, String value) {
	}

	@Override
	public List<String> columns(LandscapeModel model) {
		List<String> columns = new ArrayList<>(Sheet.INTERFACES.columns());
		PropertyCells.definitions(model, PropertyCategory.INTERFACE).forEach(definition -> columns.add(definition.getName()));
		return columns;
	}

	@Override
	public List<List<String>> rows(LandscapeModel model) {
		List<PropertyDefinition> definitions = PropertyCells.definitions(model, PropertyCategory.INTERFACE);
		List<List<String>> rows = new ArrayList<>();
		for (Interface item : model.interfaces().getInterfaces()) {
			List<String> row = new ArrayList<>(List.of(Cells.text(item.getName()), Cells.text(item.getExternalId()),
					Cells.name(item.getDataSource()), Cells.name(item.getEnvironment()), Cells.name(item.getSender()),
					Cells.name(item.getReceiver()), String.join("|", item.getAdapters()),
					String.join("|", item.getAuthenticationMethods()), Cells.text(item.getType())));
			for (PropertyDefinition definition : definitions) {
				row.add(PropertyCells.value(item, definition));
			}
			rows.add(row);
		}
		return rows;
	}

	@Override
	public void plan(LandscapeModel model, Rows rows, ImportPlan plan) {
		Names<DataSource> sources = Names.of(model.dataSources().getDataSources(), source -> List.of(Cells.text(source.getName())));
		Names<Environment> environments = Names.of(model.landscape().getEnvironments(),
				environment -> List.of(Cells.text(environment.getName())));
		SystemFinder systems = new SystemFinder(model, plan);
		PropertyCells properties = new PropertyCells(model, PropertyCategory.INTERFACE, rows, Sheet.INTERFACES, plan);
		Index index = new Index(model.interfaces().getInterfaces());
		boolean sourceGiven = rows.has(DATA_SOURCE);
		Map<Object, Integer> seen = new HashMap<>();
		List<Interface> created = new ArrayList<>();
		for (Rows.Row row : rows.rows()) {
			int errors = plan.errorCount();
			String name = row.get(INTERFACE);
			if (name.isEmpty()) {
				plan.error(row.line(), "the Interface cell is empty. Every row needs the interface's name.");
				continue;
			}
			DataSource source = find(sources, row, DATA_SOURCE, "data source", plan);
			Environment environment = find(environments, row, ENVIRONMENT, "environment", plan);
			properties.check(row);
			if (plan.errorCount() > errors) {
				continue;
			}
			String externalId = row.get(EXTERNAL_ID);
			List<Interface> matches = index.matches(source, sourceGiven, externalId, name);
			if (matches.size() > 1) {
				plan.error(row.line(), matches.size() + " interfaces match " + (externalId.isEmpty() ? "the name '" + name + "'"
						: "the ExternalId '" + externalId + "'") + (source == null ? "" : " in data source '" + source.getName() + "'")
						+ ". Give the ExternalId" + (sourceGiven ? "" : " and the DataSource") + " to say which one is meant.");
				continue;
			}
			Interface existing = matches.isEmpty() ? null : matches.get(0);
			Object identity = existing != null ? existing : new Key(source, externalId.isEmpty() ? "name:" + name : "id:" + externalId);
			Integer earlier = seen.putIfAbsent(identity, row.line());
			if (earlier != null) {
				plan.error(row.line(), "this row describes the same interface as line " + earlier + ". Keep one of the two rows.");
				continue;
			}
			if (plan.hasErrors()) {
				// Nothing will be imported; the remaining rows are only checked, so that one run lists every problem.
				continue;
			}
			if (environment == null && row.get(ENVIRONMENT).isEmpty() && source != null) {
				environment = source.getEnvironment();
			}
			Interface target = existing != null ? existing : Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
			Changes changes = existing != null ? Changes.of(plan) : Changes.direct();
			int before = plan.size();
			changes.set(target, NAMED__NAME, name);
			if (row.has(EXTERNAL_ID)) {
				changes.set(target, INTERFACE__EXTERNAL_ID, externalId.isEmpty() ? null : externalId);
			}
			if (sourceGiven) {
				changes.set(target, INTERFACE__DATA_SOURCE, source);
			}
			if (row.has(ENVIRONMENT) || existing == null) {
				changes.set(target, INTERFACE__ENVIRONMENT, environment);
			}
			if (row.has(TYPE)) {
				changes.set(target, INTERFACE__TYPE, row.get(TYPE).isEmpty() ? null : row.get(TYPE));
			}
			if (row.has(ADAPTER)) {
				changes.replace(target, INTERFACE__ADAPTERS, Rows.values(row.get(ADAPTER)));
			}
			if (row.has(AUTHENTICATION)) {
				changes.replace(target, INTERFACE__AUTHENTICATION_METHODS, Rows.values(row.get(AUTHENTICATION)));
			}
			systems.apply(row, target, changes);
			properties.apply(row, target, changes);
			if (existing == null) {
				created.add(target);
				plan.created();
			} else {
				plan.matched(before);
			}
		}
		systems.addCreated();
		plan.add(model.interfaces(), INTERFACE_CATALOG__INTERFACES, created);
	}

	/** The interfaces the model holds, by external ID and by name, each within its data source. */
	private static final class Index {
		private final Map<Key, List<Interface>> byExternalId = new HashMap<>();
		private final Map<String, List<Interface>> byExternalIdOnly = new HashMap<>();
		private final Map<Key, List<Interface>> byName = new HashMap<>();
		private final Map<String, List<Interface>> byNameOnly = new HashMap<>();

		Index(List<Interface> interfaces) {
			for (Interface item : interfaces) {
				String externalId = Cells.text(item.getExternalId()).strip();
				if (!externalId.isEmpty()) {
					byExternalId.computeIfAbsent(new Key(item.getDataSource(), externalId), k -> new ArrayList<>()).add(item);
					byExternalIdOnly.computeIfAbsent(externalId, k -> new ArrayList<>()).add(item);
				}
				String name = Cells.text(item.getName()).strip();
				byName.computeIfAbsent(new Key(item.getDataSource(), name), k -> new ArrayList<>()).add(item);
				byNameOnly.computeIfAbsent(name, k -> new ArrayList<>()).add(item);
			}
		}

		/** By external ID when the row has one, else by name; within the row's data source when the sheet names data sources. */
		List<Interface> matches(DataSource source, boolean sourceGiven, String externalId, String name) {
			if (externalId.isEmpty()) {
				return sourceGiven ? byName.getOrDefault(new Key(source, name), List.of()) : byNameOnly.getOrDefault(name, List.of());
			}
			return sourceGiven ? byExternalId.getOrDefault(new Key(source, externalId), List.of())
					: byExternalIdOnly.getOrDefault(externalId, List.of());
		}
	}

	private static <T> T find(Names<T> names, Rows.Row row, String column, String kind, ImportPlan plan) {
		String name = row.get(column);
		if (name.isEmpty()) {
			return null;
		}
		T found = names.find(name);
		if (found == null) {
			plan.error(row.line(), "there is no " + kind + " named '" + name + "' (" + names.known() + "). Create it in the "
					+ "workspace first, or correct the " + column + " cell.");
		}
		return found;
	}
}
