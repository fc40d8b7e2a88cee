package io.cartograph.app;

/**
 * How long the window took to appear: from the moment the launch script started the process
 * (when it says so) and from the JVM's own start.
 */
public record StartupTimes(long sinceJvmStartMillis, long sinceLaunchMillis) {

	public static StartupTimes now(long jvmStartEpochMillis, String launchEpochNanos) {
		long nowMillis = System.currentTimeMillis();
		long sinceLaunch = -1;
		if (launchEpochNanos != null && !launchEpochNanos.isBlank()) {
			try {
				sinceLaunch = nowMillis - Long.parseLong(launchEpochNanos.trim()) / 1_000_000L;
			} catch (NumberFormatException ignored) {
				// a launcher that does not say when it started: report the JVM figure only
			}
		}
		return new StartupTimes(nowMillis - jvmStartEpochMillis, sinceLaunch);
	}

	public String describe() {
		String jvm = "window painted " + sinceJvmStartMillis + " ms after JVM start";
		return sinceLaunchMillis < 0 ? jvm : jvm + ", " + sinceLaunchMillis + " ms after launch";
	}
}
