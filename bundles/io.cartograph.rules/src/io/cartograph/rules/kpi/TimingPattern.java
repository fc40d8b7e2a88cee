package io.cartograph.rules.kpi;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * When an interface carries traffic, classified from its active days (UTC days with at least one
 * message) in a window of {@link #WINDOW_DAYS} complete days ending yesterday. Tried in this
 * order, the first that holds wins:
 * <ol>
 * <li>DAILY: active on at least 90% of the window's days;</li>
 * <li>WEEKDAYS: active on at least 90% of its Mondays to Fridays and at most 10% of its
 * Saturdays and Sundays;</li>
 * <li>WEEKLY: split into 12 weeks of 7 days from the window's start, active in at least 9 weeks
 * and on at most 2 days of any week;</li>
 * <li>MONTHLY: active in at least 2 calendar months and on at most 2 days of any month;</li>
 * <li>RANDOM: any other traffic;</li>
 * <li>NONE: no traffic in the window.</li>
 * </ol>
 */
public enum TimingPattern {
	DAILY, WEEKDAYS, WEEKLY, MONTHLY, RANDOM, NONE;

	/** Twelve weeks. */
	public static final int WINDOW_DAYS = 84;

	/**
	 * @param activeDays days with traffic (days outside the window are ignored)
	 * @param firstDay   the window's first day; it ends {@link #WINDOW_DAYS} days later
	 */
	public static TimingPattern classify(Collection<LocalDate> activeDays, LocalDate firstDay) {
		LocalDate end = firstDay.plusDays(WINDOW_DAYS);
		int active = 0;
		int activeWeekdays = 0;
		int activeWeekends = 0;
		int[] perWeek = new int[WINDOW_DAYS / 7];
		Map<YearMonth, Integer> perMonth = new HashMap<>();
		for (LocalDate day : activeDays) {
			if (day.isBefore(firstDay) || !day.isBefore(end)) {
				continue;
			}
			active++;
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			if (weekend) {
				activeWeekends++;
			} else {
				activeWeekdays++;
			}
			perWeek[(int) (day.toEpochDay() - firstDay.toEpochDay()) / 7]++;
			perMonth.merge(YearMonth.from(day), 1, Integer::sum);
		}
		if (active == 0) {
			return NONE;
		}
		int weekendDays = 0;
		for (LocalDate day = firstDay; day.isBefore(end); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				weekendDays++;
			}
		}
		int weekdays = WINDOW_DAYS - weekendDays;
		if (active >= 0.9 * WINDOW_DAYS) {
			return DAILY;
		}
		if (activeWeekdays >= 0.9 * weekdays && activeWeekends <= 0.1 * weekendDays) {
			return WEEKDAYS;
		}
		int activeWeeks = 0;
		int busiestWeek = 0;
		for (int days : perWeek) {
			activeWeeks += days > 0 ? 1 : 0;
			busiestWeek = Math.max(busiestWeek, days);
		}
		if (activeWeeks >= 9 && busiestWeek <= 2) {
			return WEEKLY;
		}
		int busiestMonth = perMonth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		if (perMonth.size() >= 2 && busiestMonth <= 2) {
			return MONTHLY;
		}
		return RANDOM;
	}
}
