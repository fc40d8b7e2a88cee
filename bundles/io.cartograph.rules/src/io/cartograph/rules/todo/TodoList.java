package io.cartograph.rules.todo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.PropertyCategory;
import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.PropertyHolder;
import io.cartograph.model.landscape.PropertyValue;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TagValue;

/**
 * Which interfaces and end-to-end integrations still need enrichment, and with what (see
 * {@link TodoCriteria} for the rules). An end-to-end integration's business objects are those
 * of its interfaces; its systems, properties and tags are its own.
 */
public final class TodoList {

	private final TodoCriteria criteria;

	public TodoList(TodoCriteria criteria) {
		this.criteria = criteria;
	}

	/** Incomplete interfaces first (in the given order), then incomplete integrations. */
	public List<TodoItem> items(Collection<Interface> interfaces, Collection<EndToEndIntegration> integrations) {
		List<TodoItem> items = new ArrayList<>();
		if (criteria.scope().coversInterfaces()) {
			for (Interface item : interfaces) {
				List<String> lacks = lacks(item, item.getSender(), item.getReceiver(), item.getBusinessObjects());
				if (!lacks.isEmpty()) {
					items.add(new TodoItem(item, false, lacks));
				}
			}
		}
		if (criteria.scope().coversIntegrations()) {
			for (EndToEndIntegration integration : integrations) {
				Set<BusinessObject> objects = new LinkedHashSet<>();
				integration.getInterfaces().forEach(item -> objects.addAll(item.getBusinessObjects()));
				List<String> lacks = lacks(integration, integration.getSender(), integration.getReceiver(), objects);
				if (!lacks.isEmpty()) {
					items.add(new TodoItem(integration, true, lacks));
				}
			}
		}
		return items;
	}

	/** What the interface lacks; empty when it is complete (and always when the list is inactive). */
	public List<String> lacks(Interface item) {
		if (!criteria.scope().coversInterfaces()) {
			return List.of();
		}
		return lacks(item, item.getSender(), item.getReceiver(), item.getBusinessObjects());
	}

	/**
	 * Each requirement yields its missing pieces. With "all", every missing piece is listed;
	 * with "any", the subject is complete as soon as one active requirement is met.
	 */
	private List<String> lacks(PropertyHolder subject, LandscapeSystem sender, LandscapeSystem receiver,
			Collection<BusinessObject> objects) {
		List<List<String>> requirements = new ArrayList<>();
		if (criteria.systems()) {
			List<String> systems = new ArrayList<>();
			if (sender == null) {
				systems.add("a harmonized sender system");
			}
			if (receiver == null) {
				systems.add("a harmonized receiver system");
			}
			requirements.add(systems);
		}
		if (criteria.objects() != Requirement.INACTIVE) {
			requirements.add(objects(objects));
		}
		if (criteria.properties() != Requirement.INACTIVE) {
			requirements.add(properties(subject));
		}
		if (criteria.tags() != Requirement.INACTIVE) {
			requirements.add(tags(subject));
		}
		List<String> lacks = new ArrayList<>();
		boolean anyMet = false;
		for (List<String> missing : requirements) {
			anyMet |= missing.isEmpty();
			lacks.addAll(missing);
		}
		return !criteria.all() && anyMet ? List.of() : lacks;
	}

	private List<String> objects(Collection<BusinessObject> objects) {
		if (objects.isEmpty()) {
			return List.of("a business object");
		}
		List<String> missing = new ArrayList<>();
		if (criteria.objects() == Requirement.CONFIGURED) {
			for (BusinessObject object : objects) {
				for (PropertyDefinition definition : criteria.selectedProperties()) {
					if (definition.getCategory() == PropertyCategory.OBJECT && !hasValue(object, definition)) {
						missing.add("property " + definition.getName() + " on business object " + object.getName());
					}
				}
			}
		}
		return missing;
	}

	private List<String> properties(PropertyHolder subject) {
		if (criteria.properties() == Requirement.AT_LEAST_ONE) {
			boolean any = subject.getProperties().stream().anyMatch(value -> value.getValue() != null && !value.getValue().isBlank());
			return any ? List.of() : List.of("a property value");
		}
		List<String> missing = new ArrayList<>();
		for (PropertyDefinition definition : criteria.selectedProperties()) {
			boolean applies = definition.getCategory() == null || definition.getCategory() == PropertyCategory.INTERFACE;
			if (applies && !hasValue(subject, definition)) {
				missing.add("property " + definition.getName());
			}
		}
		return missing;
	}

	private List<String> tags(PropertyHolder subject) {
		if (criteria.tags() == Requirement.AT_LEAST_ONE) {
			return subject.getTags().isEmpty() ? List.of("a tag") : List.of();
		}
		List<String> missing = new ArrayList<>();
		for (TagCategory category : criteria.selectedTags()) {
			boolean tagged = false;
			for (TagValue tag : subject.getTags()) {
				tagged |= tag.eContainer() == category;
			}
			if (!tagged) {
				missing.add("a tag of " + category.getName());
			}
		}
		return missing;
	}

	private static boolean hasValue(PropertyHolder holder, PropertyDefinition definition) {
		for (PropertyValue value : holder.getProperties()) {
			if (value.getDefinition() == definition && value.getValue() != null && !value.getValue().isBlank()) {
				return true;
			}
		}
		return false;
	}
}
