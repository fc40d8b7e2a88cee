package io.cartograph.core.inventory;

import java.util.Objects;

import io.cartograph.rules.UpdateInventory;
import io.cartograph.rules.inventory.InventoryPlan;

/**
 * What one INVENTORY run changed in the model, all in its one command.
 *
 * @param plan      the interfaces of the source: added, updated, not found
 * @param rules     the transformation rules applied to the source's interfaces (values set by
 *                  hand kept)
 * @param proposals end-to-end proposals added from the message correlations
 */
public record InventoryResult(InventoryPlan plan, UpdateInventory.Plan rules, int proposals) {

	public InventoryResult {
		Objects.requireNonNull(plan, "plan");
		Objects.requireNonNull(rules, "rules");
	}

	public boolean changesNothing() {
		return plan.isEmpty() && rules.changesNothing() && proposals == 0;
	}

	/** {@code Interfaces: 3 new, ...; rules: 2 senders and ...; 1 end-to-end proposal} */
	public String summary() {
		return "Interfaces: " + plan.summary() + "; rules: " + rules.summary() + "; " + proposals
				+ (proposals == 1 ? " end-to-end proposal" : " end-to-end proposals");
	}
}
