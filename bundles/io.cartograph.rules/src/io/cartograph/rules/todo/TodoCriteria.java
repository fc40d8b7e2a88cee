package io.cartograph.rules.todo;

import java.util.List;
import java.util.Objects;

import io.cartograph.model.landscape.PropertyDefinition;
import io.cartograph.model.landscape.TagCategory;
import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;

/**
 * The To-do criteria as the onboarding guide describes them: a scope, and for business objects,
 * properties and tags each "at least one", "configured" or "inactive".
 * <ul>
 * <li>Objects AT_LEAST_ONE: the interface carries a business object. CONFIGURED: it carries one,
 * and each of its business objects has a value for every selected property of category OBJECT.</li>
 * <li>Properties AT_LEAST_ONE: some property has a non-blank value. CONFIGURED: every selected
 * property (of category INTERFACE, or without category) has a non-blank value.</li>
 * <li>Tags AT_LEAST_ONE: some tag is attached. CONFIGURED: a tag of every selected category.</li>
 * </ul>
 * CONFIGURED with nothing selected requires nothing. {@code all}: with true an object is done
 * when every requirement holds (as the model's settings always are); with false when any does.
 *
 * @param scope              what the list covers
 * @param objects            requirement on business objects
 * @param properties         requirement on property values
 * @param tags               requirement on tags
 * @param selectedProperties properties that CONFIGURED requires
 * @param selectedTags       tag categories that CONFIGURED requires
 * @param all                whether every requirement must hold (else any one)
 * @param systems            whether a missing harmonized sender or receiver is a To-do item
 */
public record TodoCriteria(TodoScope scope, Requirement objects, Requirement properties, Requirement tags,
		List<PropertyDefinition> selectedProperties, List<TagCategory> selectedTags, boolean all, boolean systems) {

	public TodoCriteria {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(objects, "objects");
		Objects.requireNonNull(properties, "properties");
		Objects.requireNonNull(tags, "tags");
		selectedProperties = List.copyOf(selectedProperties);
		selectedTags = List.copyOf(selectedTags);
	}

	/**
	 * The criteria the model's settings stand for, the guide's Mode and requirements one to one;
	 * every active requirement must hold. Harmonized systems are always required.
	 */
	public static TodoCriteria of(TodoSettings settings) {
		if (settings == null) {
			return new TodoCriteria(TodoScope.INACTIVE, Requirement.INACTIVE, Requirement.INACTIVE, Requirement.INACTIVE,
					List.of(), List.of(), true, false);
		}
		return new TodoCriteria(scope(settings.getMode()), requirement(settings.getObjectsRequirement()),
				requirement(settings.getPropertiesRequirement()), requirement(settings.getTagsRequirement()),
				settings.getSelectedProperties(), settings.getSelectedTags(), true, true);
	}

	private static TodoScope scope(TodoMode mode) {
		return switch (mode) {
		case INTERFACES_AND_END_TO_END -> TodoScope.INTERFACES_AND_END_TO_END;
		case INTERFACES -> TodoScope.INTERFACES_ONLY;
		case END_TO_END -> TodoScope.END_TO_END_ONLY;
		case INACTIVE -> TodoScope.INACTIVE;
		};
	}

	private static Requirement requirement(TodoRequirement requirement) {
		return switch (requirement) {
		case AT_LEAST_ONE -> Requirement.AT_LEAST_ONE;
		case CONFIGURED -> Requirement.CONFIGURED;
		case INACTIVE -> Requirement.INACTIVE;
		};
	}

	/** These criteria with another scope. */
	public TodoCriteria withScope(TodoScope other) {
		return new TodoCriteria(other, objects, properties, tags, selectedProperties, selectedTags, all, systems);
	}
}
