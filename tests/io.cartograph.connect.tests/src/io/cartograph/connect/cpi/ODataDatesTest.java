package io.cartograph.connect.cpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ODataDatesTest {

	@Test
	void readsV2AndIsoDates() {
		Instant instant = Instant.parse("2024-06-30T12:00:00Z");
		assertEquals(instant, ODataDates.parse("/Date(1719748800000)/"));
		assertEquals(instant, ODataDates.parse("/Date(1719748800000+0000)/"));
		assertEquals(instant, ODataDates.parse("2024-06-30T14:00:00+02:00"));
		assertEquals(instant, ODataDates.parse("2024-06-30T12:00:00"));
		assertNull(ODataDates.parse("yesterday"));
		assertNull(ODataDates.parse(null));
	}

	@Test
	void filterLiteralsAreUtc() {
		assertEquals("datetime'2024-06-30T12:00:00.250'", ODataDates.literal(Instant.parse("2024-06-30T12:00:00.250Z")));
	}
}
