package io.cartograph.rules.inventory;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;

/**
 * What INVENTORY changes in the catalog for one data source; computed without touching the
 * model, applied by {@link InventoryCommand}.
 *
 * @param source    the data source (the live object of the model the plan is for)
 * @param added     interfaces harvested for the first time
 * @param updated   existing interfaces whose harvested fields changed, with the changes
 * @param notFound  interfaces of the source the harvest no longer found, to be marked
 * @param unchanged how many matched interfaces need no change
 */
public record InventoryPlan(DataSource source, List<HarvestedInterface> added, List<Update> updated,
		List<Interface> notFound, int unchanged) {

	/** Status of an interface the last harvest did not find. */
	public static final String NOT_FOUND_STATUS = "Not found in last run";

	public InventoryPlan {
		Objects.requireNonNull(source, "source");
		added = List.copyOf(added);
		updated = List.copyOf(updated);
		notFound = List.copyOf(notFound);
	}

	/** One feature of an interface and its new value (a list for many-valued features). */
	public record Change(EStructuralFeature feature, Object value) {
	}

	/** The changes of one existing interface. */
	public record Update(Interface target, List<Change> changes) {

		public Update {
			Objects.requireNonNull(target, "target");
			changes = List.copyOf(changes);
		}
	}

	/** Whether applying it would change nothing. */
	public boolean isEmpty() {
		return added.isEmpty() && updated.isEmpty() && notFound.isEmpty();
	}

	/** {@code 3 new, 2 updated, 1 not found in last run, 40 unchanged} */
	public String summary() {
		return added.size() + " new, " + updated.size() + " updated, " + notFound.size() + " not found in last run, "
				+ unchanged + " unchanged";
	}
}
