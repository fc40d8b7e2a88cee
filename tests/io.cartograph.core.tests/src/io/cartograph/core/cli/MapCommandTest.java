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
}
