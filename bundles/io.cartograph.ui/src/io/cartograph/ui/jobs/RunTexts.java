package io.cartograph.ui.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

import io.cartograph.jobs.RunProgress;
import io.cartograph.store.RunStatus;
import io.cartograph.store.TaskRun;

/** How the Job Monitor writes runs: times, durations, statuses and their colours. */
final class RunTexts {

	private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.withZone(ZoneId.systemDefault());
	private static final DateTimeFormatter LOGGED = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
			.withZone(ZoneId.systemDefault());

	private RunTexts() {
	}

	static String started(TaskRun run) {
		return STARTED.format(run.startedAt());
	}

	static String logged(Instant at) {
		return LOGGED.format(at);
	}

	static String duration(TaskRun run, Instant now) {
		return duration(run.duration(now));
	}

	static String duration(Duration duration) {
		long millis = Math.max(0, duration.toMillis());
		if (millis < 1000) {
			return millis + " ms";
		}
		long seconds = millis / 1000;
		if (seconds < 60) {
			return String.format("%.1f s", millis / 1000.0);
		}
		return seconds < 3600 ? String.format("%d min %02d s", seconds / 60, seconds % 60)
				: String.format("%d h %02d min", seconds / 3600, seconds % 3600 / 60);
	}

	static String trigger(TaskRun run) {
		return run.trigger().name().charAt(0) + run.trigger().name().substring(1).toLowerCase();
	}

	/** Share done and what the work does now, e.g. "45 %  Reading package Finance (3/8)". */
	static String progress(RunProgress progress) {
		String share = progress.done() < 0 ? "" : Math.round(progress.done() * 100) + " %";
		String doing = progress.subTask().isBlank() ? progress.task()
				: progress.task().isBlank() ? progress.subTask() : progress.task() + ": " + progress.subTask();
		return (share + "  " + doing).strip();
	}

	/** Green for success, red for failure, grey for cancelled, blue while running. */
	static Color color(Display display, RunStatus status) {
		return switch (status) {
		case SUCCESS -> new Color(display, new RGB(0x1b, 0x7f, 0x2a));
		case FAILED -> display.getSystemColor(SWT.COLOR_RED);
		case CANCELLED -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
		case RUNNING -> display.getSystemColor(SWT.COLOR_BLUE);
		};
	}
}
