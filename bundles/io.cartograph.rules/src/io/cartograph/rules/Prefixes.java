package io.cartograph.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds which of many prefixes each name starts with by walking the name's first characters
 * down a table-driven trie of the prefixes: one pass over the names for all prefix rules.
 */
final class Prefixes {

	private Prefixes() {
	}

	/** For each prefix (all distinct, none empty), the indices of the texts that start with it, ascending. */
	static IntList[] find(List<String> prefixes, String[] texts) {
		IntList[] found = new IntList[prefixes.size()];
		for (int p = 0; p < found.length; p++) {
			found[p] = new IntList();
		}
		char[] column = new char[Character.MAX_VALUE + 1];
		int columns = 1;
		for (String prefix : prefixes) {
			for (char c : prefix.toCharArray()) {
				if (column[c] == 0) {
					column[c] = (char) columns++;
				}
			}
		}
		// Node 0 is "no prefix can follow", node 1 the root.
		List<int[]> children = new ArrayList<>();
		List<Integer> ending = new ArrayList<>();
		children.add(new int[columns]);
		ending.add(-1);
		children.add(new int[columns]);
		ending.add(-1);
		for (int p = 0; p < prefixes.size(); p++) {
			int node = 1;
			for (char c : prefixes.get(p).toCharArray()) {
				int child = children.get(node)[column[c]];
				if (child == 0) {
					child = children.size();
					children.add(new int[columns]);
					ending.add(-1);
					children.get(node)[column[c]] = child;
				}
				node = child;
			}
			ending.set(node, p);
		}
		int[] next = new int[children.size() * columns];
		int[] prefixAt = new int[children.size()];
		for (int node = 0; node < children.size(); node++) {
			System.arraycopy(children.get(node), 0, next, node * columns, columns);
			prefixAt[node] = ending.get(node);
		}
		for (int t = 0; t < texts.length; t++) {
			String text = texts[t];
			int node = 1;
			for (int i = 0; i < text.length() && node != 0; i++) {
				node = next[node * columns + column[text.charAt(i)]];
				if (prefixAt[node] >= 0) {
					found[prefixAt[node]].add(t);
				}
			}
		}
		return found;
	}
}
