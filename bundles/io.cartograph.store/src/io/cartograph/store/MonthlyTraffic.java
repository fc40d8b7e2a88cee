package io.cartograph.store;

import java.time.YearMonth;

/** Messages an artifact of a data source processed in one month (UTC), and how many failed. */
public record MonthlyTraffic(String dataSourceUuid, String artifactId, YearMonth month, long messages, long failed) {
}
