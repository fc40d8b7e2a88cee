package io.cartograph.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.model.landscape.Interface;

/**
 * The interfaces as the engine reads them: names, data sources, and each slot's original value
 * as an id into one dictionary of distinct values, so that an Original System regex runs once
 * per distinct value instead of once per interface.
 */
final class InterfaceIndex {

	final List<Interface> items;
	final int size;
	final String[] names;
	final boolean[] plain;
	final DataSource[] dataSources;
	/** Distinct original values of both slots; {@code ""} stands for a missing one. */
	final List<String> values = new ArrayList<>();
	final int[][] valueIds = new int[Slot.values().length][];
	final int emptyValue;
	/** Distinct original value to its id. */
	final Map<String, Integer> ids = new HashMap<>();

	private String[] lowerNames;
	private final Map<String, int[]> byName = new HashMap<>();
	private final Map<String, int[]> byLowerName = new HashMap<>();
	private final Map<String, int[]> prefixGroups = new HashMap<>();
	private final Map<String, int[]> lowerPrefixGroups = new HashMap<>();
	private int[] notPlain;

	InterfaceIndex(List<Interface> items) {
		this.items = items;
		size = items.size();
		names = new String[size];
		plain = new boolean[size];
		dataSources = new DataSource[size];
		ids.put("", 0);
		values.add("");
		emptyValue = 0;
		for (Slot slot : Slot.values()) {
			valueIds[slot.ordinal()] = new int[size];
		}
		for (int i = 0; i < size; i++) {
			Interface item = items.get(i);
			String name = item.getName() == null ? "" : item.getName();
			names[i] = name;
			plain[i] = NamePattern.isPlain(name);
			dataSources[i] = item.getDataSource();
			for (Slot slot : Slot.values()) {
				String original = slot.original(item);
				Integer id = ids.get(original);
				if (id == null) {
					id = values.size();
					ids.put(original, id);
					values.add(original);
				}
				valueIds[slot.ordinal()][i] = id;
			}
		}
	}

	/** The interfaces whose name holds a line terminator (almost always none). */
	int[] notPlain() {
		if (notPlain == null) {
			IntList list = new IntList();
			for (int i = 0; i < size; i++) {
				if (!plain[i]) {
					list.add(i);
				}
			}
			notPlain = list.toArray();
		}
		return notPlain;
	}

	String lowerName(int i) {
		return lowerNames()[i];
	}

	String[] lowerNames() {
		if (lowerNames == null) {
			lowerNames = new String[size];
			for (int i = 0; i < size; i++) {
				lowerNames[i] = NamePattern.lowerAscii(names[i]);
			}
		}
		return lowerNames;
	}

	boolean matches(NamePattern pattern, int i) {
		return pattern.matches(names[i], plain[i], pattern.ignoreCase ? lowerName(i) : null);
	}

	/** The interfaces with this exact name (lower-cased name when {@code ignoreCase}), ascending. */
	int[] named(String name, boolean ignoreCase) {
		Map<String, int[]> groups = ignoreCase ? byLowerName : byName;
		int[] group = groups.get(name);
		if (group == null) {
			prepareNames(List.of(name), ignoreCase);
			group = groups.get(name);
		}
		return group;
	}

	/**
	 * Groups the names by these prefixes in one pass per distinct prefix length (a hash lookup
	 * of the name's first characters), instead of testing every prefix against every name.
	 */
	void preparePrefixes(Collection<String> prefixes, boolean ignoreCase) {
		List<String> list = new ArrayList<>(prefixes);
		IntList[] found = Prefixes.find(list, ignoreCase ? lowerNames() : names);
		Map<String, int[]> target = ignoreCase ? lowerPrefixGroups : prefixGroups;
		for (int p = 0; p < found.length; p++) {
			target.put(list.get(p), found[p].toArray());
		}
	}

	/** Groups the interfaces by these exact names in one pass (a hash lookup per name). */
	void prepareNames(Collection<String> wanted, boolean ignoreCase) {
		Map<String, IntList> groups = new HashMap<>();
		for (String name : wanted) {
			groups.put(name, new IntList(1));
		}
		String[] keys = ignoreCase ? lowerNames() : names;
		for (int i = 0; i < size; i++) {
			IntList group = groups.get(keys[i]);
			if (group != null) {
				group.add(i);
			}
		}
		Map<String, int[]> target = ignoreCase ? byLowerName : byName;
		groups.forEach((name, group) -> target.put(name, group.toArray()));
	}

	/** The interfaces whose name starts with {@code prefix} (lower-cased name when {@code ignoreCase}), ascending. */
	int[] startingWith(String prefix, boolean ignoreCase) {
		Map<String, int[]> groups = ignoreCase ? lowerPrefixGroups : prefixGroups;
		int[] group = groups.get(prefix);
		if (group == null) {
			String[] keys = ignoreCase ? lowerNames() : names;
			IntList list = new IntList();
			for (int i = 0; i < size; i++) {
				if (keys[i].startsWith(prefix)) {
					list.add(i);
				}
			}
			group = list.toArray();
			groups.put(prefix, group);
		}
		return group;
	}
}
