package io.cartograph.rules.kpi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import io.cartograph.model.landscape.ComplexityClass;
import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Environment;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.Interface;
import io.cartograph.rules.fit.StrategyFit;
import io.cartograph.rules.kpi.KpiReport.Coverage;
import io.cartograph.rules.kpi.KpiReport.Integrations;
import io.cartograph.rules.kpi.KpiReport.LandscapeCheck;
import io.cartograph.rules.kpi.KpiReport.VersionSpread;
import io.cartograph.rules.todo.TodoList;

/** The KPIs computed from the model alone (formulas in docs/kpis.md). */
final class InventoryKpis {

	/** Fit counts use this key for interfaces none of whose technologies the strategy lists. */
	static final String UNCLASSIFIED = "UNCLASSIFIED";

	private InventoryKpis() {
	}

	static Map<ComplexityClass, Integer> complexity(Collection<Interface> interfaces) {
		Map<ComplexityClass, Integer> counts = new EnumMap<>(ComplexityClass.class);
		for (ComplexityClass value : ComplexityClass.values()) {
			counts.put(value, 0);
		}
		for (Interface item : interfaces) {
			counts.merge(item.getComplexity() == null ? ComplexityClass.UNKNOWN : item.getComplexity(), 1, Integer::sum);
		}
		return counts;
	}

	static Coverage coverage(Collection<Interface> interfaces, TodoList todo) {
		int onList = 0;
		for (Interface item : interfaces) {
			onList += todo.lacks(item).isEmpty() ? 0 : 1;
		}
		Optional<Double> percent = interfaces.isEmpty() ? Optional.empty()
				: Optional.of(100.0 * (interfaces.size() - onList) / interfaces.size());
		return new Coverage(interfaces.size(), onList, percent);
	}

	/**
	 * Interfaces with the same external id (case-insensitive) in different environments are one
	 * artifact deployed several times; it is consistent when all have the same version.
	 */
	static LandscapeCheck landscapeCheck(Collection<Interface> interfaces) {
		Map<String, List<Interface>> byArtifact = new TreeMap<>();
		for (Interface item : interfaces) {
			if (item.getExternalId() != null && !item.getExternalId().isBlank() && item.getEnvironment() != null) {
				byArtifact.computeIfAbsent(item.getExternalId().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(item);
			}
		}
		int several = 0;
		int consistent = 0;
		List<VersionSpread> inconsistent = new ArrayList<>();
		for (List<Interface> deployments : byArtifact.values()) {
			Set<Environment> environments = new HashSet<>();
			Set<String> versions = new HashSet<>();
			deployments.forEach(item -> environments.add(item.getEnvironment()));
			deployments.forEach(item -> versions.add(String.valueOf(item.getVersion())));
			if (environments.size() < 2) {
				continue;
			}
			several++;
			if (versions.size() == 1) {
				consistent++;
				continue;
			}
			deployments.sort(Comparator.comparingInt((Interface item) -> item.getEnvironment().getRank())
					.thenComparing(item -> String.valueOf(item.getEnvironment().getName())));
			Map<String, String> spread = new LinkedHashMap<>();
			deployments.forEach(item -> spread.merge(item.getEnvironment().getName(), String.valueOf(item.getVersion()),
					(a, b) -> a.equals(b) ? a : a + ", " + b));
			inconsistent.add(new VersionSpread(deployments.get(0).getExternalId(), deployments.get(0).getName(), spread));
		}
		return new LandscapeCheck(several, consistent, inconsistent);
	}

	static Integrations integrations(Collection<Interface> interfaces, Collection<EndToEndIntegration> integrations) {
		Set<Interface> inSome = new HashSet<>();
		int proposals = 0;
		for (EndToEndIntegration integration : integrations) {
			inSome.addAll(integration.getInterfaces());
			proposals += integration.isProposal() ? 1 : 0;
		}
		int none = 0;
		for (Interface item : interfaces) {
			none += inSome.contains(item) ? 0 : 1;
		}
		return new Integrations(integrations.size(), proposals, interfaces.size(), none);
	}

	static List<StrategyFit.Row> top5(List<StrategyFit.Row> rows) {
		return List.copyOf(rows.subList(0, Math.min(5, rows.size())));
	}

	/** Interfaces per fit (GOOD, PARTIAL, NO, UNCLASSIFIED). */
	static Map<String, Integer> fitCounts(Collection<Interface> interfaces, Function<Interface, Optional<Fit>> fitOf) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Fit fit : Fit.values()) {
			counts.put(fit.getName(), 0);
		}
		counts.put(UNCLASSIFIED, 0);
		for (Interface item : interfaces) {
			counts.merge(fitOf.apply(item).map(Fit::getName).orElse(UNCLASSIFIED), 1, Integer::sum);
		}
		return counts;
	}
}
