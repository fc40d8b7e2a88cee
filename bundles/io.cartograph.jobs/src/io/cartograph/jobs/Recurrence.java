package io.cartograph.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a task runs: every N minutes, hours or days, optionally from a start time. Parses the
 * model's {@code Task.recurrence} texts, case-insensitively:
 * <ul>
 * <li>{@code every 1 day}, {@code Every 7 days}, {@code every 30 minutes}, {@code every hour}</li>
 * <li>short forms: {@code every 6h}, {@code 30m}, {@code 1d}; {@code hourly}, {@code daily}</li>
 * <li>a start: {@code every 6h from 02:00}, {@code every 1 day from 2025-03-01T02:00},
 * {@code daily 02:00}</li>
 * </ul>
 * Start times are local times of the recurrence's zone (the machine's by default). Day steps go
 * by the calendar, so "daily 02:00" stays at 02:00 across daylight saving changes; minute and
 * hour steps are exact durations. A start time without a date counts from 1 January 2000.
 */
public final class Recurrence {

	/** The interval's unit as people write it. */
	enum Unit {
		MINUTES(ChronoUnit.MINUTES, "minute"), HOURS(ChronoUnit.HOURS, "hour"), DAYS(ChronoUnit.DAYS, "day");

		final ChronoUnit chrono;
		final String singular;

		Unit(ChronoUnit chrono, String singular) {
			this.chrono = chrono;
			this.singular = singular;
		}

		static Optional<Unit> of(String word) {
			return switch (word) {
				case "m", "min", "mins", "minute", "minutes" -> Optional.of(MINUTES);
				case "h", "hr", "hrs", "hour", "hours" -> Optional.of(HOURS);
				case "d", "day", "days" -> Optional.of(DAYS);
				default -> Optional.empty();
			};
		}
	}

	private static final LocalDate UNDATED_START = LocalDate.of(2000, 1, 1);

	private static final String EXAMPLES = "e.g. \"every 6 hours\", \"every 1 day from 02:00\", \"30m\" or \"daily 02:00\"";

	/** [every] [N] unit, with or without a space between N and the unit. */
	private static final Pattern INTERVAL = Pattern.compile("(?:every\\s+)?(?:(\\d+)\\s*)?([a-z]+)");

	private final long amount;
	private final Unit unit;
	private final LocalDateTime start;
	private final boolean dated;
	private final ZoneId zone;

	private Recurrence(long amount, Unit unit, LocalDateTime start, boolean dated, ZoneId zone) {
		this.amount = amount;
		this.unit = unit;
		this.start = start;
		this.dated = dated;
		this.zone = zone;
	}

	/** Parses a recurrence in the machine's time zone. */
	public static Recurrence parse(String text) {
		return parse(text, ZoneId.systemDefault());
	}

	/**
	 * Parses a recurrence whose start time is a local time of {@code zone}.
	 *
	 * @throws IllegalArgumentException with a message that says what is wrong and gives examples
	 */
	public static Recurrence parse(String text, ZoneId zone) {
		Objects.requireNonNull(zone, "zone");
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("No recurrence given; write how often the task runs, " + EXAMPLES + ".");
		}
		String normalized = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		String interval = normalized;
		String from = null;
		int fromAt = normalized.indexOf(" from ");
		if (fromAt >= 0) {
			interval = normalized.substring(0, fromAt).strip();
			from = normalized.substring(fromAt + " from ".length()).strip();
		} else if (normalized.startsWith("daily ") || normalized.startsWith("hourly ")) {
			int space = normalized.indexOf(' ');
			interval = normalized.substring(0, space);
			from = normalized.substring(space + 1).strip();
		}
		Recurrence recurrence = interval(text, interval, zone);
		return from == null ? recurrence : recurrence.from(text, from);
	}

	private static Recurrence interval(String text, String interval, ZoneId zone) {
		if (interval.equals("daily")) {
			return new Recurrence(1, Unit.DAYS, null, false, zone);
		}
		if (interval.equals("hourly")) {
			return new Recurrence(1, Unit.HOURS, null, false, zone);
		}
		Matcher matcher = INTERVAL.matcher(interval);
		if (interval.equals("every") || !matcher.matches() || (matcher.group(1) == null && !interval.startsWith("every"))) {
			throw new IllegalArgumentException("\"" + text + "\" is not a recurrence; write \"every N minutes, hours "
					+ "or days\", optionally followed by \"from HH:MM\", " + EXAMPLES + ".");
		}
		Unit unit = Unit.of(matcher.group(2)).orElseThrow(() -> new IllegalArgumentException("\"" + text
				+ "\": unknown unit \"" + matcher.group(2) + "\"; use minutes, hours or days, " + EXAMPLES + "."));
		long amount;
		try {
			amount = matcher.group(1) == null ? 1 : Long.parseLong(matcher.group(1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("\"" + text + "\": " + matcher.group(1) + " is too large.", e);
		}
		if (amount < 1) {
			throw new IllegalArgumentException("\"" + text + "\": the interval must be at least 1 " + unit.singular + ".");
		}
		if (Duration.of(amount, unit.chrono).compareTo(Duration.ofDays(3660)) > 0) {
			throw new IllegalArgumentException("\"" + text + "\": an interval of more than ten years is not a schedule.");
		}
		return new Recurrence(amount, unit, null, false, zone);
	}

	private Recurrence from(String text, String from) {
		try {
			if (from.contains("t") || from.contains("-")) {
				return new Recurrence(amount, unit, LocalDateTime.parse(from.toUpperCase(Locale.ROOT)), true, zone);
			}
			return new Recurrence(amount, unit, UNDATED_START.atTime(LocalTime.parse(from)), false, zone);
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("\"" + text + "\": \"" + from + "\" is not a start time; write HH:MM "
					+ "(e.g. 02:00) or a local date and time (e.g. 2025-03-01T02:00).", e);
		}
	}

	/** The time between two runs (a day counts 24 hours here; {@link #next} follows the calendar). */
	public Duration interval() {
		return Duration.of(amount, unit.chrono);
	}

	/** Whether runs are aligned to a start time ("from ..."). */
	public boolean hasStart() {
		return start != null;
	}

	public ZoneId zone() {
		return zone;
	}

	/**
	 * The first time after {@code after} the task is due. With a start time, the times are
	 * start + k × interval (before the start: the start itself); without one, simply
	 * {@code after} + interval.
	 */
	public Instant next(Instant after) {
		if (start == null) {
			return unit == Unit.DAYS ? after.atZone(zone).plusDays(amount).toInstant() : after.plus(interval());
		}
		Instant first = start.atZone(zone).toInstant();
		if (after.isBefore(first)) {
			return first;
		}
		if (unit == Unit.DAYS) {
			LocalDateTime afterLocal = LocalDateTime.ofInstant(after, zone);
			long steps = Math.max(0, ChronoUnit.DAYS.between(start, afterLocal) / amount - 1);
			LocalDateTime candidate = start.plusDays(steps * amount);
			while (!candidate.atZone(zone).toInstant().isAfter(after)) {
				candidate = candidate.plusDays(amount);
			}
			return candidate.atZone(zone).toInstant();
		}
		long step = interval().toMillis();
		long elapsed = Duration.between(first, after).toMillis();
		return first.plusMillis((elapsed / step + 1) * step);
	}

	/** The canonical form, e.g. {@code every 6 hours from 02:00}; parsing it gives an equal recurrence. */
	@Override
	public String toString() {
		String text = "every " + amount + " " + unit.singular + (amount == 1 ? "" : "s");
		if (start == null) {
			return text;
		}
		return text + " from " + (dated ? start.toString() : start.toLocalTime().toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Recurrence that && amount == that.amount && unit == that.unit
				&& Objects.equals(start, that.start) && dated == that.dated && zone.equals(that.zone);
	}

	@Override
	public int hashCode() {
		return Objects.hash(amount, unit, start, zone);
	}
}
