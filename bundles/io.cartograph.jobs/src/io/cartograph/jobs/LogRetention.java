package io.cartograph.jobs;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cartograph.model.landscape.DataSource;
import io.cartograph.store.TaskRuns;

/** How long a housekeeping source keeps run logs: a feature "Keep logs N days", else 7 days. */
final class LogRetention {

	private static final Pattern KEEP = Pattern.compile("(?i)\\s*keep\\s+logs\\s+(\\d{1,4})\\s+days?\\s*");

	private LogRetention() {
	}

	static Duration of(DataSource source) {
		for (String feature : source.getFeatures()) {
			Matcher matcher = KEEP.matcher(feature == null ? "" : feature);
			if (matcher.matches() && Integer.parseInt(matcher.group(1)) > 0) {
				return Duration.ofDays(Integer.parseInt(matcher.group(1)));
			}
		}
		return TaskRuns.DEFAULT_LOG_RETENTION;
	}
}
