package io.cartograph.rules;

import java.util.ArrayList;
import java.util.Arrays;
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
	private Map<String, int[]> byName;
	private Map<String, int[]> byLowerName;
	private int[] sortedByName;
	private int[] sortedByLowerName;
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

	/** The interfaces with this exact name (lower-cased name when {@code ignoreCase}). */
	int[] named(String name, boolean ignoreCase) {
		if (ignoreCase) {
			if (byLowerName == null) {
				byLowerName = group(lowerNames());
			}
			return byLowerName.getOrDefault(name, new int[0]);
		}
		if (byName == null) {
			byName = group(names);
		}
		return byName.getOrDefault(name, new int[0]);
	}

	/** The interfaces whose name starts with {@code prefix}, in name order (a range of the sorted names). */
	int[] startingWith(String prefix, boolean ignoreCase) {
		String[] keys = ignoreCase ? lowerNames() : names;
		int[] sorted = ignoreCase ? sortedByLowerName : sortedByName;
		if (sorted == null) {
			sorted = sortedOrder(keys);
			if (ignoreCase) {
				sortedByLowerName = sorted;
			} else {
				sortedByName = sorted;
			}
		}
		int from = firstAtLeast(sorted, keys, prefix);
		int to = from;
		while (to < sorted.length && keys[sorted[to]].startsWith(prefix)) {
			to++;
		}
		return Arrays.copyOfRange(sorted, from, to);
	}

	private static int firstAtLeast(int[] sorted, String[] keys, String key) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (keys[sorted[middle]].compareTo(key) < 0) {
				low = middle + 1;
			} else {
				high = middle;
			}
		}
		return low;
	}

	private static int[] sortedOrder(String[] keys) {
		Integer[] order = new Integer[keys.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
		int[] sorted = new int[order.length];
		for (int i = 0; i < order.length; i++) {
			sorted[i] = order[i];
		}
		return sorted;
	}

	private static Map<String, int[]> group(String[] keys) {
		Map<String, IntList> lists = new HashMap<>();
		for (int i = 0; i < keys.length; i++) {
			lists.computeIfAbsent(keys[i], key -> new IntList()).add(i);
		}
		Map<String, int[]> groups = new HashMap<>(lists.size() * 2);
		lists.forEach((key, list) -> groups.put(key, list.toArray()));
		return groups;
	}
}
