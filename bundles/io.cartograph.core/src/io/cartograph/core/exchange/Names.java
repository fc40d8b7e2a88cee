package io.cartograph.core.exchange;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Objects found by their names (and other keys such as aliases), ignoring case and surrounding spaces. */
final class Names<T> {

	private final Map<String, T> byKey = new LinkedHashMap<>();
	private final Map<String, String> spelled = new LinkedHashMap<>();

	/** The first key of each object is its name; later keys (aliases) never replace another object's name. */
	static <T> Names<T> of(Collection<? extends T> objects, Function<T, Collection<String>> keys) {
		Names<T> names = new Names<>();
		for (T object : objects) {
			Collection<String> all = keys.apply(object);
			if (!all.isEmpty()) {
				names.put(all.iterator().next(), object);
			}
		}
		for (T object : objects) {
			for (String key : keys.apply(object)) {
				names.put(key, object);
			}
		}
		return names;
	}

	void put(String name, T object) {
		if (name != null && !name.isBlank()) {
			byKey.putIfAbsent(Rows.key(name), object);
			spelled.putIfAbsent(Rows.key(name), name.strip());
		}
	}

	T find(String name) {
		return name == null ? null : byKey.get(Rows.key(name));
	}

	/** For messages: {@code 'CPI_EU', 'PO_PRD'} (at most ten). */
	String known() {
		if (spelled.isEmpty()) {
			return "none exist yet";
		}
		String list = spelled.values().stream().limit(10).map(name -> "'" + name + "'").collect(Collectors.joining(", "));
		return spelled.size() > 10 ? list + ", ..." : list;
	}
}
