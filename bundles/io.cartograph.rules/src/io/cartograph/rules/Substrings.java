package io.cartograph.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many literals each name contains in one pass over the names (an Aho-Corasick
 * automaton), so that a thousand {@code .*Order.*} object rules cost one scan instead of a
 * thousand.
 */
final class Substrings {

	private final int[] rootNext = new int[Character.MAX_VALUE + 1];
	private char[][] keys;
	private int[][] targets;
	private int[] fail;
	/** The literal that ends at a node, or -1. */
	private int[] literalAt;
	/** The nearest node on the failure chain where a literal ends, or -1. */
	private int[] nextLiteral;

	private Substrings(List<String> literals) {
		List<Map<Character, Integer>> children = new ArrayList<>();
		List<Integer> ending = new ArrayList<>();
		children.add(new HashMap<>());
		ending.add(-1);
		for (int l = 0; l < literals.size(); l++) {
			int node = 0;
			for (char c : literals.get(l).toCharArray()) {
				Integer child = children.get(node).get(c);
				if (child == null) {
					child = children.size();
					children.add(new HashMap<>());
					ending.add(-1);
					children.get(node).put(c, child);
				}
				node = child;
			}
			ending.set(node, l);
		}
		int count = children.size();
		keys = new char[count][];
		targets = new int[count][];
		literalAt = new int[count];
		for (int node = 0; node < count; node++) {
			literalAt[node] = ending.get(node);
			Character[] sorted = children.get(node).keySet().toArray(new Character[0]);
			Arrays.sort(sorted);
			keys[node] = new char[sorted.length];
			targets[node] = new int[sorted.length];
			for (int k = 0; k < sorted.length; k++) {
				keys[node][k] = sorted[k];
				targets[node][k] = children.get(node).get(sorted[k]);
			}
		}
		for (int k = 0; k < keys[0].length; k++) {
			rootNext[keys[0][k]] = targets[0][k];
		}
		links(count);
	}

	/** Breadth first, so that a node's failure target is finished before the node. */
	private void links(int count) {
		fail = new int[count];
		nextLiteral = new int[count];
		Arrays.fill(nextLiteral, -1);
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		for (int child : targets[0]) {
			queue.add(child);
		}
		while (!queue.isEmpty()) {
			int node = queue.poll();
			for (int k = 0; k < keys[node].length; k++) {
				int child = targets[node][k];
				int back = fail[node];
				while (back != 0 && child(back, keys[node][k]) < 0) {
					back = fail[back];
				}
				int target = step(back, keys[node][k]);
				fail[child] = target == child ? 0 : target;
				int f = fail[child];
				nextLiteral[child] = literalAt[f] >= 0 ? f : nextLiteral[f];
				queue.add(child);
			}
		}
	}

	private int child(int node, char c) {
		if (node == 0) {
			int next = rootNext[c];
			return next == 0 ? -1 : next;
		}
		int k = Arrays.binarySearch(keys[node], c);
		return k < 0 ? -1 : targets[node][k];
	}

	private int step(int node, char c) {
		int next = child(node, c);
		return next < 0 ? 0 : next;
	}

	/** For each literal, the indices of the texts (with {@code use[i]}) that contain it, ascending. */
	static IntList[] find(List<String> literals, String[] texts, boolean[] use) {
		IntList[] found = new IntList[literals.size()];
		for (int l = 0; l < found.length; l++) {
			found[l] = new IntList();
		}
		if (literals.isEmpty()) {
			return found;
		}
		Substrings automaton = new Substrings(literals);
		int[] lastText = new int[literals.size()];
		Arrays.fill(lastText, -1);
		for (int t = 0; t < texts.length; t++) {
			if (!use[t]) {
				continue;
			}
			String text = texts[t];
			int node = 0;
			for (int p = 0; p < text.length(); p++) {
				char c = text.charAt(p);
				int next = automaton.child(node, c);
				while (next < 0 && node != 0) {
					node = automaton.fail[node];
					next = automaton.child(node, c);
				}
				node = next < 0 ? 0 : next;
				for (int hit = automaton.literalAt[node] >= 0 ? node : automaton.nextLiteral[node]; hit >= 0; hit = automaton.nextLiteral[hit]) {
					int literal = automaton.literalAt[hit];
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
