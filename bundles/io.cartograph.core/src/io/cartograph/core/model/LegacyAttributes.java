package io.cartograph.core.model;

import org.eclipse.emf.ecore.EObject;

import io.cartograph.model.landscape.TodoMode;
import io.cartograph.model.landscape.TodoRequirement;
import io.cartograph.model.landscape.TodoSettings;

/**
 * Attributes that earlier versions of the model files wrote and the model no longer has, read
 * into their current form, so that a workspace from an older build opens rather than being
 * reported as damaged. The next save writes the current form.
 */
final class LegacyAttributes {

	private LegacyAttributes() {
	}

	/** @return whether the attribute was a legacy one and is now set on {@code object} */
	static boolean read(EObject object, String name, String value) {
		if (object instanceof TodoSettings todo) {
			return todoSettings(todo, name, value);
		}
		return false;
	}

	/**
	 * To-do settings had a mode ALL/ANY (every or any requirement) and a yes/no per requirement;
	 * the guide's settings are a scope and at least one / configured / inactive per requirement.
	 */
	private static boolean todoSettings(TodoSettings todo, String name, String value) {
		boolean yes = Boolean.parseBoolean(value);
		switch (name) {
		case "mode":
			if ("ALL".equals(value) || "ANY".equals(value)) {
				todo.setMode(TodoMode.INTERFACES_AND_END_TO_END);
				return true;
			}
			return false;
		case "objectsRequired":
			todo.setObjectsRequirement(yes ? TodoRequirement.AT_LEAST_ONE : TodoRequirement.INACTIVE);
			return true;
		case "propertiesRequired":
			todo.setPropertiesRequirement(yes ? TodoRequirement.CONFIGURED : TodoRequirement.INACTIVE);
			return true;
		case "tagsRequired":
			todo.setTagsRequirement(yes ? TodoRequirement.CONFIGURED : TodoRequirement.INACTIVE);
			return true;
		default:
			return false;
		}
	}
}
