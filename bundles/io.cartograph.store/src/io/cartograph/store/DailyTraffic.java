package io.cartograph.store;

import java.time.LocalDate;

/** Messages an artifact of a data source processed on one day (UTC), how many completed and how many failed. */
public record DailyTraffic(String dataSourceUuid, String artifactId, LocalDate day, long messages, long completed,
		long failed) {
}
