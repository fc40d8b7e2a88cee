package io.cartograph.rules.fit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cartograph.model.landscape.Fit;
import io.cartograph.model.landscape.TechnologyFit;

/**
 * One fit table of the integration strategy (adapters, or authentication methods): which
 * technologies are GOOD, PARTIAL or NO fit.
 * <p>
 * Each row's technologies are a pipe-separated list; every entry is trimmed and blank entries
 * are ignored. A technology is looked up case-insensitively; when that finds nothing, it is
 * looked up once more by its letters and digits only, so that {@code OAuth2 Client Credentials}
 * finds {@code OAuth2ClientCredentials} and {@code HTTP AAE} finds {@code HTTP_AAE}. A
 * technology listed under several fits gets the worst of them (the strategy is read
 * conservatively) and is reported by {@link #conflicts()}.
 */
public final class FitTable {

	private final Map<String, Fit> exact = new HashMap<>();
	private final Map<String, Fit> compact = new HashMap<>();
	private final Set<String> conflicts = new LinkedHashSet<>();

	private FitTable(Collection<TechnologyFit> rows) {
		for (TechnologyFit row : rows) {
			if (row.getFit() == null) {
				continue;
			}
			for (String technology : split(row.getTechnologies())) {
				put(exact, key(technology), row.getFit(), technology);
				put(compact, compactKey(technology), row.getFit(), null);
			}
		}
	}

	/** The table of the given rows (e.g. {@code strategy.getAdapterFits()}); null means empty. */
	public static FitTable of(Collection<TechnologyFit> rows) {
		return new FitTable(rows == null ? List.of() : rows);
	}

	/** The entries of a pipe-separated list, trimmed, blank ones left out. */
	public static List<String> split(String technologies) {
		List<String> entries = new ArrayList<>();
		if (technologies == null) {
			return entries;
		}
		for (String entry : technologies.split("\\|")) {
			String trimmed = entry.trim();
			if (!trimmed.isEmpty()) {
				entries.add(trimmed);
			}
		}
		return entries;
	}

	/** The fit of one technology, empty when the table does not list it. */
	public Optional<Fit> fitOf(String technology) {
		if (technology == null || technology.isBlank()) {
			return Optional.empty();
		}
		Fit fit = exact.get(key(technology));
		if (fit == null) {
			fit = compact.get(compactKey(technology));
		}
		return Optional.ofNullable(fit);
	}

	/**
	 * The fit of something that uses several technologies: the worst fit among the listed ones
	 * (one NO adapter makes the interface a NO fit); empty when none of them is listed.
	 */
	public Optional<Fit> worstOf(Collection<String> technologies) {
		Fit worst = null;
		for (String technology : technologies) {
			Fit fit = fitOf(technology).orElse(null);
			if (fit != null && (worst == null || fit.getValue() > worst.getValue())) {
				worst = fit;
			}
		}
		return Optional.ofNullable(worst);
	}

	/** Technologies listed under more than one fit, as written in the table (they get the worst). */
	public Set<String> conflicts() {
		return Set.copyOf(conflicts);
	}

	private void put(Map<String, Fit> map, String key, Fit fit, String technology) {
		if (key.isEmpty()) {
			return;
		}
		Fit earlier = map.get(key);
		if (earlier == null || fit.getValue() > earlier.getValue()) {
			map.put(key, fit);
		}
		if (earlier != null && earlier != fit && technology != null) {
			conflicts.add(technology);
		}
	}

	private static String key(String technology) {
		return technology.trim().toLowerCase(Locale.ROOT);
	}

	private static String compactKey(String technology) {
		StringBuilder letters = new StringBuilder(technology.length());
		for (int i = 0; i < technology.length(); i++) {
			char c = technology.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				letters.append(Character.toLowerCase(c));
			}
		}
		return letters.toString();
	}
}
