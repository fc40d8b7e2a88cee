package io.cartograph.rules;

import java.util.ArrayList;
import java.util.List;

import io.cartograph.model.landscape.BusinessObject;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapeSystem;
import io.cartograph.model.landscape.ObjectRule;
import io.cartograph.model.landscape.SystemMappingRule;

/**
 * What the rules say about one interface: the rule that wins each slot (null when none; the
 * position is 1-based, 0 when none) and the object rules that match, in rule order.
 */
public record InterfaceResult(Interface item, SystemMappingRule senderRule, int senderPosition,
		SystemMappingRule receiverRule, int receiverPosition, List<ObjectRule> objectRules) {

	public SystemMappingRule rule(Slot slot) {
		return slot == Slot.SENDER ? senderRule : receiverRule;
	}

	public int position(Slot slot) {
		return slot == Slot.SENDER ? senderPosition : receiverPosition;
	}

	/** The harmonized system the rules give the slot: the winning rule's, null when no rule wins. */
	public LandscapeSystem system(Slot slot) {
		SystemMappingRule rule = rule(slot);
		return rule == null ? null : rule.getHarmonizedSystem();
	}

	public LandscapeSystem sender() {
		return system(Slot.SENDER);
	}

	public LandscapeSystem receiver() {
		return system(Slot.RECEIVER);
	}

	/** The matching rules' objects, each once, in rule order. */
	public List<BusinessObject> objects() {
		List<BusinessObject> objects = new ArrayList<>();
		for (ObjectRule rule : objectRules) {
			BusinessObject object = rule.getHarmonizedObject();
			if (object != null && !objects.contains(object)) {
				objects.add(object);
			}
		}
		return objects;
	}
}
