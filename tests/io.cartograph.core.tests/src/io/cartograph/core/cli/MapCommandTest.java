package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.policy.xml.SafeXml;

class MapCommandTest {

	@TempDir
	Path folder;

	@Test
	void theSampleMapIsWrittenAsSvgPerEnvironment() throws Exception {
		Path ws = folder.resolve("ws");
		assertEquals(0, CliRun.of("sample", "--workspace", ws.toString()).exitCode());
		Path svg = folder.resolve("maps/production.svg");
		Files.createDirectories(svg.getParent());

		CliRun run = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--environment", "Production");

		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Wrote the map of "), run.out());
		String text = Files.readString(svg);
		assertEquals("svg", SafeXml.parse("production.svg", text).getDocumentElement().getLocalName());
		assertTrue(text.contains(">SAP S/4HANA</text>"), "systems are drawn by name");
		assertTrue(text.contains("<title>Sample landscape (Production)</title>") || text.contains("(Production)</title>"), text);

		CliRun unknown = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--environment", "Moon");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("no environment is named 'Moon'"), unknown.err());
	}

	@Test
	void aTagAnIntegrationAndTheMessagesWeightFilterAsTheViewDoes() throws Exception {
		Path ws = folder.resolve("ws");
		assertEquals(0, CliRun.of("sample", "--workspace", ws.toString()).exitCode());
		Path svg = folder.resolve("high.svg");

		CliRun high = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--tag", "Criticality=High",
				"--weight", "messages");
		assertEquals(0, high.exitCode(), high.err());
		String text = Files.readString(svg);
		assertTrue(text.contains("(tag Criticality: High)</title>"), text);
		assertTrue(text.contains(" messages in 30 days</title>"), "the flows name their messages");

		CliRun unknownTag = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--tag", "Colour: Blue");
		assertEquals(2, unknownTag.exitCode());
		assertTrue(unknownTag.err().contains("no tag is named 'Colour: Blue'; the workspace has "), unknownTag.err());
		CliRun unknownIntegration = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--integration", "None");
		assertEquals(2, unknownIntegration.exitCode());
		CliRun badWeight = CliRun.of("map", "--workspace", ws.toString(), "--out", svg.toString(), "--weight", "bytes");
		assertEquals(2, badWeight.exitCode());
		assertTrue(badWeight.err().contains("--weight is interfaces or messages"), badWeight.err());
	}
}
