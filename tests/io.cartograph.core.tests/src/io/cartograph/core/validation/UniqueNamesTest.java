package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.LANDSCAPE_SYSTEM__ALIASES;
import static io.cartograph.model.landscape.LandscapePackage.Literals.NAMED__NAME;
import static io.cartograph.model.landscape.LandscapePackage.Literals.USER__EMAIL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.DataSourceType;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.User;

class UniqueNamesTest extends ValidationFixture {

	@Test
	void distinctNamesAreFine() {
		system("SAP S/4HANA", "S4P");
		system("Salesforce", "SFDC");
		definition("Owner", PropertyCategory.INTERFACE);
		definition("Owner", PropertyCategory.SYSTEM);
		user("a@acme.example");
		user("b@acme.example");
		TagCategory domain = tagCategory("Domain");
		tagValue(domain, "Finance");
		tagValue(domain, "HR");
		tagValue(tagCategory("Criticality"), "Finance");

		assertEquals(List.of(), problems(Check.UNIQUE_NAME));
	}

	@Test
	void aSecondSystemWithTheSameNameIgnoringCaseIsAnError() {
		system("Salesforce");
		LandscapeSystem second = system(" salesforce ");

		List<Problem> problems = problems(Check.UNIQUE_NAME);

		assertEquals(1, problems.size(), problems.toString());
		assertSame(second, problems.get(0).object());
		assertEquals(NAMED__NAME, problems.get(0).feature());
		assertTrue(problems.get(0).message().contains("Two systems have the name 'salesforce' (numbers 1 and 2)"),
				problems.get(0).message());
	}

	@Test
	void anAliasThatNamesAnotherSystemIsAnError() {
		system("Warehouse Management", "WMS");
		LandscapeSystem clash = system("WMS Cloud", "wms");

		List<Problem> problems = problems(Check.UNIQUE_NAME);

		assertEquals(1, problems.size(), problems.toString());
		assertSame(clash, problems.get(0).object());
		assertEquals(LANDSCAPE_SYSTEM__ALIASES, problems.get(0).feature());
	}

	@Test
	void duplicateEnvironmentsDataSourcesDefinitionsTagValuesAndUsersAreErrors() {
		Environment environment = Identities.create(LandscapePackage.Literals.ENVIRONMENT, Environment.class);
		environment.setName("Production");
		model.landscape().getEnvironments().add(environment);
		dataSource("CPI_EU", DataSourceType.LOGS);
		DataSource source = dataSource("cpi_eu", DataSourceType.LOGS);
		definition("Owner", PropertyCategory.INTERFACE);
		PropertyDefinition definition = definition("OWNER", PropertyCategory.INTERFACE);
		TagCategory domain = tagCategory("Domain");
		tagValue(domain, "Finance");
		TagValue value = tagValue(domain, "Finance");
		user("dana@acme.example");
		User user = user("Dana@ACME.example");

		List<EObject> culprits = problems(Check.UNIQUE_NAME).stream().map(Problem::object).toList();

		assertEquals(List.of(environment, definition, user, source, value).size(), culprits.size(), culprits.toString());
		assertTrue(culprits.containsAll(List.of(environment, definition, user, source, value)), culprits.toString());
		assertEquals(USER__EMAIL, problems(Check.UNIQUE_NAME).stream().filter(p -> p.object() == user).findFirst().orElseThrow().feature());
	}

	@Test
	void aSystemWithoutNameIsAnError() {
		LandscapeSystem nameless = system("  ");

		List<Problem> problems = problems(Check.UNIQUE_NAME);

		assertEquals(1, problems.size());
		assertSame(nameless, problems.get(0).object());
		assertTrue(problems.get(0).message().contains("has no name"), problems.get(0).message());
	}

	private LandscapeSystem system(String name, String... aliases) {
		LandscapeSystem system = Identities.create(LandscapePackage.Literals.LANDSCAPE_SYSTEM, LandscapeSystem.class);
		system.setName(name);
		system.getAliases().addAll(List.of(aliases));
		model.landscape().getSystems().add(system);
		return system;
	}

	private PropertyDefinition definition(String name, PropertyCategory category) {
		PropertyDefinition definition = Identities.create(LandscapePackage.Literals.PROPERTY_DEFINITION, PropertyDefinition.class);
		definition.setName(name);
		definition.setCategory(category);
		model.landscape().getPropertyDefinitions().add(definition);
		return definition;
	}

	private User user(String email) {
		User user = Identities.create(LandscapePackage.Literals.USER, User.class);
		user.setName(email);
		user.setEmail(email);
		model.landscape().getUsers().add(user);
		return user;
	}

	private TagCategory tagCategory(String name) {
		TagCategory category = Identities.create(LandscapePackage.Literals.TAG_CATEGORY, TagCategory.class);
		category.setName(name);
		model.landscape().getTagCategories().add(category);
		return category;
	}

	private static TagValue tagValue(TagCategory category, String name) {
		TagValue value = Identities.create(LandscapePackage.Literals.TAG_VALUE, TagValue.class);
		value.setName(name);
		category.getValues().add(value);
		return value;
	}
}
