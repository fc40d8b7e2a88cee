package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;

import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.Test;

class SavedDatesTest {

	@Test
	void readsWhatEmfWritesAsEmfReadsIt() {
		for (long millis : new long[] { 0L, 1_700_000_000_123L, 1_795_000_000_999L, -86_400_000L }) {
			String written = EcoreFactory.eINSTANCE.convertToString(EcorePackage.Literals.EDATE, new Date(millis));
			assertEquals(new Date(millis), SavedDates.parse(written), written);
		}
		for (String offset : new String[] { "+0000", "+0530", "-0800" }) {
			String text = "2026-03-01T18:54:00.000" + offset;
			assertEquals(EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, text), SavedDates.parse(text), text);
		}
	}

	@Test
	void leavesOtherFormsToEmf() {
		assertNull(SavedDates.parse("2026-03-01"));
		assertNull(SavedDates.parse("2026-03-01T18:54:00"));
		assertNull(SavedDates.parse("2026-13-01T18:54:00.000+0000"));
		assertNull(SavedDates.parse("yesterday, around noon, UTC"));
	}
}
