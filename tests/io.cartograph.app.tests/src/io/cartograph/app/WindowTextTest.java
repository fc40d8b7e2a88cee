package io.cartograph.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WindowTextTest {

	@Test
	void menuTextLosesMnemonicsAndAcceleratorHints() {
		assertEquals("Save", WindowReport.plain("&Save\tCtrl+S"));
		assertEquals("Save All", WindowReport.plain("Save A&ll"));
		assertEquals("Salt & Pepper", WindowReport.plain("Salt && Pepper"));
	}

	@Test
	void startupTimesAreMeasuredFromJvmStartAndFromLaunch() {
		long now = System.currentTimeMillis();
		StartupTimes times = StartupTimes.now(now - 1500, String.valueOf((now - 2000) * 1_000_000L));
		assertTrue(times.sinceJvmStartMillis() >= 1500 && times.sinceJvmStartMillis() < 1600, times::describe);
		assertTrue(times.sinceLaunchMillis() >= 2000 && times.sinceLaunchMillis() < 2100, times::describe);
		assertEquals(-1, StartupTimes.now(now, "not a number").sinceLaunchMillis());
		assertTrue(StartupTimes.now(now, null).describe().startsWith("window painted "));
	}
}
