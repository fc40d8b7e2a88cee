package io.cartograph.rules.todo;

/** What the To-do list requires of objects, properties or tags. */
public enum Requirement {
	/** At least one (business object, property value, tag), whichever. */
	AT_LEAST_ONE,
	/** Each selected one (property, tag category); for objects see {@link TodoCriteria}. */
	CONFIGURED,
	/** Not required. */
	INACTIVE
}
