package io.cartograph.core.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.model.Identities;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;

/**
 * A small landscape to import into: data sources CPI_EU (Production) and PO_PRD, the system
 * SAP S/4HANA (alias S4P), the interface properties Documentation URL (URL) and End of Life
 * (DATE), and the interface "Orders" in CPI_EU with external ID com.acme.orders.
 */
abstract class ExchangeFixture {

	@TempDir
	Path folder;

	LandscapeModel model;
	DataSource cpi;
	DataSource po;
	LandscapeSystem s4;
	Interface orders;

	@BeforeEach
	void openModel() throws IOException {
		model = LandscapeModel.create(folder.resolve("landscape"), "Exchange test");
		cpi = dataSource("CPI_EU", DataSourceType.SAP_BTP, environment("Production"));
		po = dataSource("PO_PRD", DataSourceType.SAP_PO, environment("Production"));
		s4 = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		s4.setName("SAP S/4HANA");
		s4.getAliases().add("S4P");
		model.landscape().getSystems().add(s4);
		definition("Documentation URL", PropertyFormat.URL);
		definition("End of Life", PropertyFormat.DATE);
		orders = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		orders.setName("Orders");
		orders.setExternalId("com.acme.orders");
		orders.setDataSource(cpi);
		orders.setType("Integration Flow");
		orders.getAdapters().add("IDoc");
		model.interfaces().getInterfaces().add(orders);
		model.save();
	}

	@AfterEach
	void closeModel() {
		model.close();
	}

	ImportReport importInterfaces(String csv) {
		return importSheet(Sheet.INTERFACES, csv, false);
	}

	ImportReport importSheet(Sheet sheet, String csv, boolean dryRun) {
		return SpreadsheetImport.run(model, sheet, csv.getBytes(StandardCharsets.UTF_8), "test.csv", dryRun);
	}

	Interface named(String name) {
		return model.interfaces().getInterfaces().stream().filter(item -> name.equals(item.getName())).findFirst().orElse(null);
	}

	Environment environment(String name) {
		return model.landscape().getEnvironments().stream().filter(e -> name.equals(e.getName())).findFirst().orElseThrow();
	}

	private DataSource dataSource(String name, DataSourceType type, Environment environment) {
		DataSource source = Identities.create(LandscapePackage.Literals.DATA_SOURCE, DataSource.class);
		source.setName(name);
		source.setType(type);
		source.setEnvironment(environment);
		model.dataSources().getDataSources().add(source);
		return source;
	}

	private void definition(String name, PropertyFormat format) {
		PropertyDefinition definition = Identities.create(LandscapePackage.Literals.PROPERTY_DEFINITION, PropertyDefinition.class);
		definition.setName(name);
		definition.setFormat(format);
		definition.setCategory(PropertyCategory.INTERFACE);
		model.landscape().getPropertyDefinitions().add(definition);
	}
}
