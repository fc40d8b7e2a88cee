package io.cartograph.core.validation;

import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__DEFINITION;
import static io.cartograph.model.landscape.LandscapePackage.Literals.PROPERTY_VALUE__VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cartograph.core.model.Identities;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyFormat;
import io.cartograph.model.landscape.PropertyValue;

class PropertyFormatTest extends ValidationFixture {

	@Test
	void eachFormatAcceptsItsValues() {
		assertTrue(PropertyFormats.problem(PropertyFormat.ID, "IF-0042").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.URL, "https://wiki.acme.example/page?id=1").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.DATE, "2026-03-31").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.DATE, "2026-03-31T12:00:00").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.DATE, "2026-03-31T12:00:00+02:00").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.NUMBER, "-0.5").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.NUMBER, "1.5E3").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.STRING, "anything at all").isEmpty());
		assertTrue(PropertyFormats.problem(PropertyFormat.NUMBER, "").isEmpty(), "empty means not set");
	}

	@Test
	void eachFormatRejectsOthers() {
		assertFalse(PropertyFormats.problem(PropertyFormat.ID, "IF 0042").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.URL, "wiki/page").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.URL, "ftp://files.example/x").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.URL, "https:///nohost").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.DATE, "31.03.2026").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.DATE, "2026-02-30").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.NUMBER, "1,5").isEmpty());
		assertFalse(PropertyFormats.problem(PropertyFormat.NUMBER, "about 5").isEmpty());
	}

	@Test
	void valuesThatFitTheirDefinitionAreFine() {
		Interface item = anInterface();
		value(item, definition("End of Life", PropertyFormat.DATE, PropertyCategory.INTERFACE), "2026-12-31");
		value(item, definition("Messages per Day", PropertyFormat.NUMBER, PropertyCategory.INTERFACE), "1200");

		assertEquals(List.of(), problems(Check.PROPERTY_FORMAT));
	}

	@Test
	void aValueThatDoesNotFitIsAnErrorOnTheValue() {
		Interface item = anInterface();
		PropertyValue bad = value(item, definition("Documentation URL", PropertyFormat.URL, PropertyCategory.INTERFACE), "see wiki");

		List<Problem> problems = problems(Check.PROPERTY_FORMAT);

		assertEquals(1, problems.size());
		assertSame(bad, problems.get(0).object());
		assertEquals(PROPERTY_VALUE__VALUE, problems.get(0).feature());
		assertTrue(problems.get(0).message().startsWith("Property 'Documentation URL' of Interface 'Orders': 'see wiki' is not a URL"),
				problems.get(0).message());
		assertEquals("Interface 'Orders' > Property value 'Documentation URL'", problems.get(0).path());
		assertEquals("interfaces.xmi", problems.get(0).file());
	}

	@Test
	void aValueWithoutDefinitionIsAnErrorAndAWrongCategoryAWarning() {
		Interface item = anInterface();
		PropertyValue orphan = value(item, null, "x");
		PropertyValue misplaced = value(item, definition("Deployment", PropertyFormat.STRING, PropertyCategory.SYSTEM), "Cloud");

		List<Problem> problems = problems(Check.PROPERTY_FORMAT);

		assertEquals(2, problems.size(), problems.toString());
		Problem missing = problems.stream().filter(p -> p.object() == orphan).findFirst().orElseThrow();
		assertTrue(missing.isError());
		assertEquals(PROPERTY_VALUE__DEFINITION, missing.feature());
		Problem wrong = problems.stream().filter(p -> p.object() == misplaced).findFirst().orElseThrow();
		assertEquals(Problem.Severity.WARNING, wrong.severity());
	}

	private Interface anInterface() {
		Interface item = Identities.create(LandscapePackage.Literals.INTERFACE, Interface.class);
		item.setName("Orders");
		model.interfaces().getInterfaces().add(item);
		return item;
	}

	private PropertyDefinition definition(String name, PropertyFormat format, PropertyCategory category) {
		PropertyDefinition definition = Identities.create(LandscapePackage.Literals.PROPERTY_DEFINITION, PropertyDefinition.class);
		definition.setName(name);
		definition.setFormat(format);
		definition.setCategory(category);
		model.landscape().getPropertyDefinitions().add(definition);
		return definition;
	}

	private static PropertyValue value(Interface item, PropertyDefinition definition, String text) {
		PropertyValue value = Identities.create(LandscapePackage.Literals.PROPERTY_VALUE, PropertyValue.class);
		value.setDefinition(definition);
		value.setValue(text);
		item.getProperties().add(value);
		return value;
	}
}
