package io.cartograph.rules;

import java.util.Arrays;

/** A growable list of ints without boxing: the engine keeps a hundred thousand of them. */
final class IntList {

	int[] items;
	int size;

	IntList() {
		this(4);
	}

	IntList(int capacity) {
		items = new int[Math.max(1, capacity)];
	}

	void add(int value) {
		if (size == items.length) {
			items = Arrays.copyOf(items, size * 2);
		}
		items[size++] = value;
	}

	int[] toArray() {
		return Arrays.copyOf(items, size);
	}
}
