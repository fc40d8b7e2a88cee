package io.cartograph.rules.inventory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;
import io.cartograph.model.landscape.LandscapePackage.Literals;
import io.cartograph.rules.inventory.InventoryPlan.Change;
import io.cartograph.rules.inventory.InventoryPlan.Update;

/**
 * Compares the harvested interfaces of a data source with the catalog. Interfaces are matched
 * by external id among those of the same data source (by its UUID); only the fields INVENTORY
 * owns are compared, so what people enriched is never part of a plan. Interfaces of the source
 * that were not harvested are marked as not found, never removed.
 */
public final class InventoryPlanner {

	private InventoryPlanner() {
	}

	/**
	 * @param source    the data source, as an object of the model the catalog belongs to
	 * @param harvested what the harvest found, e.g. from {@link CloudIntegrationArtifacts#read}
	 * @param catalog   the interfaces of the catalog (all sources; others are left alone)
	 */
	public static InventoryPlan plan(DataSource source, List<HarvestedInterface> harvested, Collection<Interface> catalog) {
		Objects.requireNonNull(source, "source");
		Map<String, Interface> existing = new HashMap<>();
		List<Interface> ofSource = new ArrayList<>();
		for (Interface candidate : catalog) {
			if (sameSource(candidate.getDataSource(), source) && candidate.getExternalId() != null) {
				ofSource.add(candidate);
				existing.putIfAbsent(candidate.getExternalId(), candidate);
			}
		}
		List<HarvestedInterface> added = new ArrayList<>();
		List<Update> updated = new ArrayList<>();
		Set<String> found = new HashSet<>();
		int unchanged = 0;
		for (HarvestedInterface item : harvested) {
			if (!found.add(item.externalId())) {
				continue;
			}
			Interface match = existing.get(item.externalId());
			if (match == null) {
				added.add(item);
				continue;
			}
			List<Change> changes = changes(match, item, source);
			if (changes.isEmpty()) {
				unchanged++;
			} else {
				updated.add(new Update(match, changes));
			}
		}
		List<Interface> notFound = new ArrayList<>();
		for (Interface candidate : ofSource) {
			if (!found.contains(candidate.getExternalId())
					&& (!candidate.isNotFoundInLastRun() || !InventoryPlan.NOT_FOUND_STATUS.equals(candidate.getStatus()))) {
				notFound.add(candidate);
			}
		}
		return new InventoryPlan(source, added, updated, notFound, unchanged);
	}

	/** The harvested fields of an existing interface that differ; empty or unknown values keep what is there. */
	static List<Change> changes(Interface target, HarvestedInterface item, DataSource source) {
		List<Change> changes = new ArrayList<>();
		compare(changes, Literals.NAMED__NAME, target.getName(), item.name());
		if (source.getEnvironment() != null) {
			compare(changes, Literals.INTERFACE__ENVIRONMENT, target.getEnvironment(), source.getEnvironment());
		}
		compare(changes, Literals.INTERFACE__TYPE, target.getType(), item.type());
		compare(changes, Literals.INTERFACE__VERSION, target.getVersion(), item.version());
		compare(changes, Literals.INTERFACE__STATUS, target.getStatus(), item.status());
		compare(changes, Literals.INTERFACE__ORIGINAL_SENDER, target.getOriginalSender(), item.originalSender());
		compare(changes, Literals.INTERFACE__ORIGINAL_RECEIVER, target.getOriginalReceiver(), item.originalReceiver());
		if (!target.getAdapters().equals(item.adapters())) {
			changes.add(new Change(Literals.INTERFACE__ADAPTERS, item.adapters()));
		}
		if (!target.getAuthenticationMethods().equals(item.authenticationMethods())) {
			changes.add(new Change(Literals.INTERFACE__AUTHENTICATION_METHODS, item.authenticationMethods()));
		}
		if (item.complexity() != null && item.complexity() != ComplexityClass.UNKNOWN) {
			compare(changes, Literals.INTERFACE__COMPLEXITY, target.getComplexity(), item.complexity());
		}
		Date traffic = date(item.lastTraffic());
		if (traffic != null && (target.getLastTraffic() == null || target.getLastTraffic().before(traffic))) {
			changes.add(new Change(Literals.INTERFACE__LAST_TRAFFIC, traffic));
		}
		if (target.isNotFoundInLastRun()) {
			changes.add(new Change(Literals.INTERFACE__NOT_FOUND_IN_LAST_RUN, Boolean.FALSE));
		}
		return changes;
	}

	private static void compare(List<Change> changes, org.eclipse.emf.ecore.EStructuralFeature feature, Object current,
			Object harvested) {
		if (harvested != null && !harvested.equals(current)) {
			changes.add(new Change(feature, harvested));
		}
	}

	static Date date(Instant instant) {
		return instant == null ? null : Date.from(instant);
	}

	private static boolean sameSource(DataSource candidate, DataSource source) {
		if (candidate == null) {
			return false;
		}
		return candidate == source || (source.getUuid() != null && source.getUuid().equals(candidate.getUuid()));
	}
}
