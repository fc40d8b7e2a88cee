package io.cartograph.sync;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One structural change to one object, keyed by the object's UUID and a feature name, as the
 * team sync protocol describes it.
 * <p>
 * A delete also carries {@code container}, {@code feature} and {@code index} here: where the
 * object was. Those stay on this client (the wire format has no such fields for a delete); they
 * let a conflict resolved for the other side bring the object back.
 *
 * @param op         what happened
 * @param object     UUID of the changed object (for create: the new object)
 * @param objectType EClass name of that object
 * @param feature    the feature changed; for create (and locally for delete) the containment feature
 * @param container  create (and locally delete): UUID of the container
 * @param value      set: new value; add/remove/move: the element; create: the attributes
 * @param old        set: value before; delete: the object's attributes
 * @param index      add/move/create: position in the list; null: at the end
 */
public record Change(ChangeOp op, String object, String objectType, String feature, String container,
		JsonNode value, JsonNode old, Integer index) {

	public static Change create(String object, String objectType, String containmentFeature, String container,
			JsonNode attributes, Integer index) {
		return new Change(ChangeOp.CREATE, object, objectType, containmentFeature, container, attributes, null, index);
	}

	public static Change delete(String object, String objectType, JsonNode attributes, String container,
			String containmentFeature, Integer index) {
		return new Change(ChangeOp.DELETE, object, objectType, containmentFeature, container, null, attributes, index);
	}

	public static Change set(String object, String objectType, String feature, JsonNode value, JsonNode old) {
		return new Change(ChangeOp.SET, object, objectType, feature, null, value, old, null);
	}

	public static Change add(String object, String objectType, String feature, JsonNode element, Integer index) {
		return new Change(ChangeOp.ADD, object, objectType, feature, null, element, null, index);
	}

	public static Change remove(String object, String objectType, String feature, JsonNode element) {
		return new Change(ChangeOp.REMOVE, object, objectType, feature, null, element, null, null);
	}

	public static Change move(String object, String objectType, String feature, JsonNode element, int index) {
		return new Change(ChangeOp.MOVE, object, objectType, feature, null, element, null, index);
	}

	Change withIndex(Integer newIndex) {
		return new Change(op, object, objectType, feature, container, value, old, newIndex);
	}

	Change withOld(JsonNode newOld) {
		return new Change(op, object, objectType, feature, container, value, newOld, index);
	}
}
