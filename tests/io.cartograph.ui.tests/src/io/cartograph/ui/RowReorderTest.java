package io.cartograph.ui;

import static org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_AFTER;
import static org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_BEFORE;
import static org.eclipse.jface.viewers.ViewerDropAdapter.LOCATION_ON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a dragged row lands, checked against moving an element of a plain list. */
class RowReorderTest {

	@Test
	void droppedRowsLandBesideTheTarget() {
		List<String> order = List.of("a", "b", "c", "d");
		assertEquals(List.of("b", "c", "a", "d"), drop(order, 0, 3, LOCATION_BEFORE), "a before d");
		assertEquals(List.of("b", "c", "d", "a"), drop(order, 0, 3, LOCATION_AFTER), "a after d");
		assertEquals(List.of("d", "a", "b", "c"), drop(order, 3, 0, LOCATION_BEFORE), "d before a");
		assertEquals(List.of("a", "d", "b", "c"), drop(order, 3, 0, LOCATION_AFTER), "d after a");
		assertEquals(List.of("a", "c", "b", "d"), drop(order, 1, 2, LOCATION_ON), "b onto c takes its place");
	}

	private static List<String> drop(List<String> order, int from, int onto, int location) {
		List<String> moved = new ArrayList<>(order);
		String rule = moved.remove(from);
		moved.add(RowReorder.dropIndex(from, onto, location), rule);
		return moved;
	}
}
