package io.cartograph.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds which of many literals each name contains in one pass over the names (an Aho-Corasick
 * automaton turned into a table: one array read per character), so that a thousand
 * {@code .*Order.*} object rules cost one scan instead of a thousand.
 */
final class Substrings {

	/** Character to its column; 0 for characters no literal has. */
	private final char[] column = new char[Character.MAX_VALUE + 1];
	private final int columns;
	/** next[node * columns + column]: the node after reading a character. */
	private int[] next;
	/** The literal that ends at a node, or -1. */
	private int[] literalAt;
	/** The nearest node on the failure chain where a literal ends, or -1. */
	private int[] nextLiteral;

	private Substrings(List<String> literals) {
		int width = 1;
		for (String literal : literals) {
			for (char c : literal.toCharArray()) {
				if (column[c] == 0) {
					column[c] = (char) width++;
				}
			}
		}
		columns = width;
		List<int[]> children = new ArrayList<>();
		List<Integer> ending = new ArrayList<>();
		children.add(new int[columns]);
		ending.add(-1);
		for (int l = 0; l < literals.size(); l++) {
			int node = 0;
			for (char c : literals.get(l).toCharArray()) {
				int child = children.get(node)[column[c]];
				if (child == 0) {
					child = children.size();
					children.add(new int[columns]);
					ending.add(-1);
					children.get(node)[column[c]] = child;
				}
				node = child;
			}
			ending.set(node, l);
		}
		build(children, ending);
	}

	/** Breadth first, so that a node's failure target is complete before the node. */
	private void build(List<int[]> children, List<Integer> ending) {
		int count = children.size();
		next = new int[count * columns];
		literalAt = new int[count];
		nextLiteral = new int[count];
		int[] fail = new int[count];
		Arrays.fill(nextLiteral, -1);
		for (int node = 0; node < count; node++) {
			literalAt[node] = ending.get(node);
		}
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int a = 1; a < columns; a++) {
			int child = children.get(0)[a];
			next[a] = child;
			if (child != 0) {
				queue.add(child);
			}
		}
		while (!queue.isEmpty()) {
			int node = queue.poll();
			int f = fail[node];
			nextLiteral[node] = literalAt[f] >= 0 ? f : nextLiteral[f];
			for (int a = 1; a < columns; a++) {
				int child = children.get(node)[a];
				if (child != 0) {
					fail[child] = next[f * columns + a];
					next[node * columns + a] = child;
					queue.add(child);
				} else {
					next[node * columns + a] = next[f * columns + a];
				}
			}
		}
	}

	/** For each literal (all distinct), the indices of the texts (with {@code use[i]}) that contain it, ascending. */
	static IntList[] find(List<String> literals, String[] texts, boolean[] use) {
		IntList[] found = new IntList[literals.size()];
		for (int l = 0; l < found.length; l++) {
			found[l] = new IntList();
		}
		if (literals.isEmpty()) {
			return found;
		}
		Substrings automaton = new Substrings(literals);
		int[] next = automaton.next;
		char[] column = automaton.column;
		int columns = automaton.columns;
		int[] literalAt = automaton.literalAt;
		int[] nextLiteral = automaton.nextLiteral;
		int[] lastText = new int[literals.size()];
		Arrays.fill(lastText, -1);
		for (int t = 0; t < texts.length; t++) {
			if (!use[t]) {
				continue;
			}
			String text = texts[t];
			int node = 0;
			for (int p = 0; p < text.length(); p++) {
				node = next[node * columns + column[text.charAt(p)]];
				for (int hit = literalAt[node] >= 0 ? node : nextLiteral[node]; hit >= 0; hit = nextLiteral[hit]) {
					int literal = literalAt[hit];
					if (lastText[literal] != t) {
						lastText[literal] = t;
						found[literal].add(t);
					}
				}
			}
		}
		return found;
	}
}
