package io.cartograph.rules.fit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cartograph.model.landscape.EndToEndIntegration;
import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.IntegrationStrategy;
import io.cartograph.model.landscape.Interface;

/**
 * How the landscape fits the integration strategy: per interface, and the strategy-fit tables
 * (one row per adapter, or per authentication method).
 * <p>
 * An interface with several adapters gets the worst fit among those the table lists (GOOD is
 * better than PARTIAL, PARTIAL better than NO); adapters the table does not list do not count;
 * an interface none of whose adapters is listed has no fit (empty). The same holds for
 * authentication methods.
 */
public final class StrategyFit {

	/**
	 * One row of a strategy-fit table.
	 *
	 * @param technology      the adapter or authentication method, as first seen on an interface
	 * @param interfaces      how many interfaces use it
	 * @param integrations    how many end-to-end integrations contain at least one of those interfaces
	 * @param fit             its fit, empty when the strategy does not list it
	 */
	public record Row(String technology, int interfaces, int integrations, Optional<Fit> fit) {
	}

	private final FitTable adapters;
	private final FitTable authentication;

	public StrategyFit(FitTable adapters, FitTable authentication) {
		this.adapters = adapters;
		this.authentication = authentication;
	}

	/** The fits of a strategy; a missing strategy lists nothing. */
	public static StrategyFit of(IntegrationStrategy strategy) {
		if (strategy == null) {
			return new StrategyFit(FitTable.of(null), FitTable.of(null));
		}
		return new StrategyFit(FitTable.of(strategy.getAdapterFits()), FitTable.of(strategy.getAuthenticationFits()));
	}

	public FitTable adapters() {
		return adapters;
	}

	public FitTable authentication() {
		return authentication;
	}

	/** The worst fit among the interface's adapters the strategy lists. */
	public Optional<Fit> adapterFit(Interface item) {
		return adapters.worstOf(item.getAdapters());
	}

	/** The worst fit among the interface's authentication methods the strategy lists. */
	public Optional<Fit> authenticationFit(Interface item) {
		return authentication.worstOf(item.getAuthenticationMethods());
	}

	/** The adapter table: a row per adapter, most used first, then by name. */
	public List<Row> adapterRows(Collection<Interface> interfaces, Collection<EndToEndIntegration> integrations) {
		return rows(interfaces, integrations, true);
	}

	/** The authentication table: a row per authentication method, most used first, then by name. */
	public List<Row> authenticationRows(Collection<Interface> interfaces, Collection<EndToEndIntegration> integrations) {
		return rows(interfaces, integrations, false);
	}

	/**
	 * Technologies are grouped case-insensitively and trimmed, so {@code HTTPS} and {@code https }
	 * are one row; an interface using a technology twice counts once.
	 */
	private List<Row> rows(Collection<Interface> interfaces, Collection<EndToEndIntegration> integrations, boolean ofAdapters) {
		Map<String, String> spelling = new LinkedHashMap<>();
		Map<String, Integer> interfaceCounts = new HashMap<>();
		Map<Interface, Set<String>> used = new HashMap<>();
		for (Interface item : interfaces) {
			Set<String> keys = new HashSet<>();
			for (String technology : ofAdapters ? item.getAdapters() : item.getAuthenticationMethods()) {
				if (technology == null || technology.isBlank()) {
					continue;
				}
				String key = technology.trim().toLowerCase(Locale.ROOT);
				spelling.putIfAbsent(key, technology.trim());
				if (keys.add(key)) {
					interfaceCounts.merge(key, 1, Integer::sum);
				}
			}
			used.put(item, keys);
		}
		Map<String, Integer> integrationCounts = new HashMap<>();
		for (EndToEndIntegration integration : integrations) {
			Set<String> keys = new HashSet<>();
			for (Interface item : integration.getInterfaces()) {
				keys.addAll(used.getOrDefault(item, Set.of()));
			}
			keys.forEach(key -> integrationCounts.merge(key, 1, Integer::sum));
		}
		FitTable table = ofAdapters ? adapters : authentication;
		List<Row> rows = new ArrayList<>();
		spelling.forEach((key, name) -> rows.add(new Row(name, interfaceCounts.get(key), integrationCounts.getOrDefault(key, 0),
				table.fitOf(name))));
		rows.sort(Comparator.comparingInt(Row::interfaces).reversed().thenComparing(row -> row.technology().toLowerCase(Locale.ROOT)));
		return rows;
	}
}
