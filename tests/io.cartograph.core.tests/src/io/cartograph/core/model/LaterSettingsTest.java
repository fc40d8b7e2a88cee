package io.cartograph.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.model.landscape.PolicyLintSettings;

/** A workspace saved before the policy lint settings existed opens with their defaults, not dirty. */
class LaterSettingsTest {

	@TempDir
	Path folder;

	@Test
	void anApiManagementFileWithoutLintSettingsGetsTheDefaultsWithoutBecomingDirty() throws Exception {
		Path landscape = folder.resolve("landscape");
		try (LandscapeModel model = LandscapeModel.create(landscape, "Before")) {
			model.apiManagement().setLintSettings(null);
			model.save();
		}
		assertTrue(!Files.readString(landscape.resolve("apim.xmi")).contains("lintSettings"), "written without them");

		try (LandscapeModel reopened = LandscapeModel.open(landscape, "Before")) {
			PolicyLintSettings settings = reopened.apiManagement().getLintSettings();
			assertNotNull(settings);
			assertEquals(24, settings.getBroadestIpv4Prefix());
			assertEquals(48, settings.getBroadestIpv6Prefix());
			assertEquals(30_000, settings.getLongestCalloutTimeoutMillis());
			assertNotNull(settings.getUuid());
			assertTrue(reopened.dirtyFiles().isEmpty(), "opening changes nothing the user must save: " + reopened.dirtyFiles());
		}
	}
}
