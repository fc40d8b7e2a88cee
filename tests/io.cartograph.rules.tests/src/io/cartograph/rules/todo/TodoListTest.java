package io.cartograph.rules.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeFactory;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;

class TodoListTest {

	static final LandscapeFactory F = LandscapeFactory.eINSTANCE;

	PropertyDefinition team = definition("Functional Team", PropertyCategory.INTERFACE);
	PropertyDefinition classification = definition("Security Classification", PropertyCategory.OBJECT);
	TagCategory domain = F.createTagCategory();
	TagCategory criticality = F.createTagCategory();
	TagValue finance = F.createTagValue();
	TagValue high = F.createTagValue();
	LandscapeSystem s4 = F.createLandscapeSystem();
	BusinessObject order = F.createBusinessObject();
	Interface complete;
	Interface bare;
	EndToEndIntegration flow;

	@BeforeEach
	void landscape() {
		domain.setName("Domain");
		domain.getValues().add(finance);
		criticality.setName("Criticality");
		criticality.getValues().add(high);
		order.setName("Sales Order");
		value(order, classification, "Confidential");
		complete = F.createInterface();
		complete.setName("Complete");
		complete.setSender(s4);
		complete.setReceiver(s4);
		complete.getBusinessObjects().add(order);
		value(complete, team, "Finance");
		complete.getTags().addAll(List.of(finance, high));
		bare = F.createInterface();
		bare.setName("Bare");
		flow = F.createEndToEndIntegration();
		flow.setName("Order to cash");
		flow.getInterfaces().add(complete);
	}

	@Test
	void atLeastOneOfEachListsWhatABareInterfaceLacks() {
		TodoList list = new TodoList(criteria(TodoScope.INTERFACES_ONLY, Requirement.AT_LEAST_ONE, Requirement.AT_LEAST_ONE,
				Requirement.AT_LEAST_ONE, true));
		List<TodoItem> items = list.items(List.of(complete, bare), List.of(flow));
		assertEquals(1, items.size());
		assertEquals(bare, items.get(0).subject());
		assertEquals(List.of("a harmonized sender system", "a harmonized receiver system", "a business object", "a property value",
				"a tag"), items.get(0).lacks());
	}

	@Test
	void configuredRequiresEachSelectedPropertyAndTagCategoryAndObjectProperties() {
		BusinessObject unclassified = F.createBusinessObject();
		unclassified.setName("Invoice");
		complete.getBusinessObjects().add(unclassified);
		complete.getTags().remove(high);
		TodoList list = new TodoList(criteria(TodoScope.INTERFACES_ONLY, Requirement.CONFIGURED, Requirement.CONFIGURED,
				Requirement.CONFIGURED, true));
		assertEquals(List.of("property Security Classification on business object Invoice", "a tag of Criticality"),
				list.lacks(complete));
		PropertyValue blank = value(complete, definition("Technical Owner", PropertyCategory.INTERFACE), " ");
		TodoList owners = new TodoList(new TodoCriteria(TodoScope.INTERFACES_ONLY, Requirement.INACTIVE, Requirement.CONFIGURED,
				Requirement.INACTIVE, List.of(blank.getDefinition()), List.of(), true, false));
		assertEquals(List.of("property Technical Owner"), owners.lacks(complete), "a blank value does not count");
	}

	@Test
	void inactiveRequirementsAreNotChecked() {
		TodoList list = new TodoList(criteria(TodoScope.INTERFACES_ONLY, Requirement.INACTIVE, Requirement.INACTIVE,
				Requirement.INACTIVE, false));
		assertTrue(list.items(List.of(bare), List.of()).isEmpty());
	}

	@Test
	void eachScopeCoversItsKindOfObject() {
		EndToEndIntegration empty = F.createEndToEndIntegration();
		empty.setName("Empty");
		TodoCriteria base = criteria(TodoScope.INTERFACES_AND_END_TO_END, Requirement.AT_LEAST_ONE, Requirement.INACTIVE,
				Requirement.AT_LEAST_ONE, true);
		List<Interface> interfaces = List.of(complete, bare);
		List<EndToEndIntegration> integrations = List.of(flow, empty);
		assertEquals(List.of("Bare", "Order to cash", "Empty"), names(new TodoList(base).items(interfaces, integrations)));
		assertEquals(List.of("Bare"), names(new TodoList(base.withScope(TodoScope.INTERFACES_ONLY)).items(interfaces, integrations)));
		List<TodoItem> endToEnd = new TodoList(base.withScope(TodoScope.END_TO_END_ONLY)).items(interfaces, integrations);
		assertEquals(List.of("Order to cash", "Empty"), names(endToEnd));
		assertTrue(endToEnd.get(0).endToEnd());
		assertEquals(List.of("a harmonized sender system", "a harmonized receiver system", "a tag"), endToEnd.get(0).lacks(),
				"objects come from its interfaces");
		assertEquals(List.of("a harmonized sender system", "a harmonized receiver system", "a business object", "a tag"),
				endToEnd.get(1).lacks());
		assertTrue(new TodoList(base.withScope(TodoScope.INACTIVE)).items(interfaces, integrations).isEmpty());
	}

	@Test
	void withAnyAnInterfaceIsCompleteOnceOneRequirementHolds() {
		Interface tagged = F.createInterface();
		tagged.setName("Tagged");
		tagged.getTags().add(finance);
		TodoCriteria any = new TodoCriteria(TodoScope.INTERFACES_ONLY, Requirement.AT_LEAST_ONE, Requirement.INACTIVE,
				Requirement.AT_LEAST_ONE, List.of(), List.of(), false, true);
		assertEquals(List.of("Bare"), names(new TodoList(any).items(List.of(tagged, bare), List.of())));
	}

	@Test
	void theModelsSettingsMapToCriteria() {
		TodoSettings settings = F.createTodoSettings();
		settings.setMode(TodoMode.INTERFACES_AND_END_TO_END);
		settings.setObjectsRequirement(TodoRequirement.AT_LEAST_ONE);
		settings.setPropertiesRequirement(TodoRequirement.INACTIVE);
		settings.setTagsRequirement(TodoRequirement.AT_LEAST_ONE);
		TodoCriteria plain = TodoCriteria.of(settings);
		assertEquals(TodoScope.INTERFACES_AND_END_TO_END, plain.scope());
		assertEquals(Requirement.AT_LEAST_ONE, plain.objects());
		assertEquals(Requirement.INACTIVE, plain.properties());
		assertEquals(Requirement.AT_LEAST_ONE, plain.tags());
		assertTrue(plain.all());
		settings.setMode(TodoMode.END_TO_END);
		settings.setObjectsRequirement(TodoRequirement.CONFIGURED);
		settings.setPropertiesRequirement(TodoRequirement.CONFIGURED);
		settings.setTagsRequirement(TodoRequirement.CONFIGURED);
		settings.getSelectedProperties().addAll(List.of(team, classification));
		settings.getSelectedTags().add(domain);
		TodoCriteria selected = TodoCriteria.of(settings);
		assertEquals(TodoScope.END_TO_END_ONLY, selected.scope());
		assertEquals(Requirement.CONFIGURED, selected.objects());
		assertEquals(Requirement.CONFIGURED, selected.properties());
		assertEquals(Requirement.CONFIGURED, selected.tags());
		settings.setMode(TodoMode.INTERFACES);
		assertEquals(TodoScope.INTERFACES_ONLY, TodoCriteria.of(settings).scope());
		settings.setMode(TodoMode.INACTIVE);
		assertEquals(TodoScope.INACTIVE, TodoCriteria.of(settings).scope());
		assertEquals(TodoScope.INACTIVE, TodoCriteria.of(null).scope());
	}

	private TodoCriteria criteria(TodoScope scope, Requirement objects, Requirement properties, Requirement tags, boolean systems) {
		return new TodoCriteria(scope, objects, properties, tags, List.of(team, classification), List.of(domain, criticality), true,
				systems);
	}

	private static List<String> names(List<TodoItem> items) {
		return items.stream().map(TodoItem::name).toList();
	}

	static PropertyDefinition definition(String name, PropertyCategory category) {
		PropertyDefinition definition = F.createPropertyDefinition();
		definition.setName(name);
		definition.setCategory(category);
		return definition;
	}

	static PropertyValue value(PropertyHolder holder, PropertyDefinition definition, String text) {
		PropertyValue value = F.createPropertyValue();
		value.setDefinition(definition);
		value.setValue(text);
		holder.getProperties().add(value);
		return value;
	}
}
