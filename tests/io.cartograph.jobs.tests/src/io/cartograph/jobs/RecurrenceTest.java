package io.cartograph.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecurrenceTest {

	static final ZoneId UTC = ZoneOffset.UTC;

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"Every 1 day         | every 1 day",
			"Every 7 days        | every 7 days",
			"Every 1 hour        | every 1 hour",
			"every 6h            | every 6 hours",
			"EVERY 30 Minutes    | every 30 minutes",
			"30m                 | every 30 minutes",
			"1d                  | every 1 day",
			"every hour          | every 1 hour",
			"hourly              | every 1 hour",
			"daily               | every 1 day",
			"daily 02:00         | every 1 day from 02:00",
			"every 6h from 02:00 | every 6 hours from 02:00",
			"  every   2   days  from 2025-03-01T02:30 | every 2 days from 2025-03-01T02:30",
			"every 15 min        | every 15 minutes" })
	void parsesTheFormsTheModelUsesIntoACanonicalForm(String text, String canonical) {
		Recurrence recurrence = Recurrence.parse(text, UTC);
		assertEquals(canonical, recurrence.toString());
		assertEquals(recurrence, Recurrence.parse(canonical, UTC), "the canonical form parses back");
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', value = {
			"''                    | No recurrence given",
			"whenever              | is not a recurrence",
			"every                 | is not a recurrence",
			"6                     | is not a recurrence",
			"every 2 weeks         | unknown unit \"weeks\"; use minutes, hours or days",
			"every 0 hours         | must be at least 1 hour",
			"every 6h from noon    | \"noon\" is not a start time; write HH:MM",
			"every 6h from 25:00   | \"25:00\" is not a start time",
			"every 99999999999 days | more than ten years",
			"every 99999999999999999999 days | is too large" })
	void saysWhatDoesNotParse(String text, String expected) {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Recurrence.parse(text, UTC));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
	}

	@Test
	void withoutAStartTheNextRunIsOneIntervalLater() {
		Instant after = Instant.parse("2025-03-10T08:15:00Z");
		assertEquals(after.plus(Duration.ofHours(6)), Recurrence.parse("every 6h", UTC).next(after));
		assertEquals(after.plus(Duration.ofMinutes(30)), Recurrence.parse("30m", UTC).next(after));
		assertEquals(Instant.parse("2025-03-17T08:15:00Z"), Recurrence.parse("every 7 days", UTC).next(after));
		assertFalse(Recurrence.parse("every 7 days", UTC).hasStart());
	}

	@Test
	void withAStartTimeRunsAreAlignedToIt() {
		Recurrence sixHourly = Recurrence.parse("every 6h from 02:00", UTC);
		assertTrue(sixHourly.hasStart());
		assertEquals(Instant.parse("2025-03-10T14:00:00Z"), sixHourly.next(Instant.parse("2025-03-10T08:15:00Z")));
		assertEquals(Instant.parse("2025-03-10T14:00:00Z"), sixHourly.next(Instant.parse("2025-03-10T08:00:00Z")),
				"strictly after");
		assertEquals(Instant.parse("2025-03-11T02:00:00Z"), sixHourly.next(Instant.parse("2025-03-10T20:00:00Z")));

		Recurrence weekly = Recurrence.parse("every 7 days from 2025-01-06T02:00", UTC);
		assertEquals(Instant.parse("2025-01-06T02:00:00Z"), weekly.next(Instant.parse("2024-12-01T00:00:00Z")),
				"before the start: the start");
		assertEquals(Instant.parse("2025-01-27T02:00:00Z"), weekly.next(Instant.parse("2025-01-20T02:00:00Z")));
		assertEquals(Instant.parse("2025-01-27T02:00:00Z"), weekly.next(Instant.parse("2025-01-21T09:00:00Z")));
	}

	@Test
	void dailyRunsKeepTheirLocalTimeAcrossDaylightSavingTime() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		Recurrence daily = Recurrence.parse("daily 04:00", berlin);
		// 29 March 2025 04:00 CET = 03:00Z; on 30 March clocks go forward, 04:00 CEST = 02:00Z.
		assertEquals(Instant.parse("2025-03-30T02:00:00Z"), daily.next(Instant.parse("2025-03-29T03:00:00Z")));
		assertEquals(Instant.parse("2025-03-31T02:00:00Z"), daily.next(Instant.parse("2025-03-30T02:00:00Z")));
		Recurrence everyDay = Recurrence.parse("every 1 day", berlin);
		assertEquals(Instant.parse("2025-03-30T02:00:00Z"), everyDay.next(Instant.parse("2025-03-29T03:00:00Z")));
	}
}
