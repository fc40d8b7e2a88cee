package io.cartograph.core.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.cartograph.core.workspace.Workspace;

/** sample, validate, import and export as a user runs them. */
class ExchangeCommandsTest {

	@TempDir
	Path folder;

	private static CliRun run(String... args) {
		return CliRun.of(args);
	}

	@Test
	void sampleCreatesAWorkspaceThatValidates() {
		Path workspace = folder.resolve("sample");

		CliRun sample = run("sample", "--workspace", workspace.toString(), "--interfaces", "60", "--seed", "3");
		assertEquals(0, sample.exitCode(), sample.err());
		assertTrue(sample.out().startsWith("Generated a sample landscape with 60 interfaces, 14 systems"), sample.out());

		CliRun validate = run("validate", "--workspace", workspace.toString());
		assertEquals(0, validate.exitCode(), validate.out() + validate.err());
		assertTrue(validate.out().startsWith("0 errors, 0 warnings in "), validate.out());
		try (Workspace reopened = Workspace.open(workspace)) {
			assertEquals(60, reopened.model().interfaces().getInterfaces().size());
		}
	}

	@Test
	void sampleReplacesAnExistingWorkspaceOnlyWhenAsked() {
		Path workspace = folder.resolve("sample");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "10");

		CliRun refused = run("sample", "--workspace", workspace.toString(), "--interfaces", "30");
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("Add --replace"), refused.err());

		assertEquals(0, run("sample", "--workspace", workspace.toString(), "--interfaces", "30", "--replace").exitCode());
		try (Workspace reopened = Workspace.open(workspace)) {
			assertEquals(30, reopened.model().interfaces().getInterfaces().size());
			assertEquals(14, reopened.model().landscape().getSystems().size());
		}
		assertEquals(2, run("sample", "--workspace", workspace.toString(), "--interfaces", "many").exitCode());
	}

	@Test
	void validateListsProblemsWithFileAndPathAndExits1OnErrors() throws IOException {
		Path workspace = folder.resolve("broken");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "5");
		Path rules = workspace.resolve("landscape/rules.xmi");
		Files.writeString(rules, Files.readString(rules).replaceFirst("interfacePattern=\"\\.\\*_Archive_\\.\\*\"",
				"interfacePattern=\"(unclosed\""));

		CliRun result = run("validate", "--workspace", workspace.toString());

		assertEquals(1, result.exitCode(), result.out());
		assertTrue(result.out().startsWith("ERROR   rules.xmi  System mapping rule '(unclosed': System mapping rule 1: '(unclosed' is "
				+ "not a regular expression"), result.out());
		assertTrue(result.out().contains("1 error, 0 warnings"), result.out());
	}

	@Test
	void exportThenImportOfTheSameFileChangesNothing() throws IOException {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "40");
		Path csv = folder.resolve("interfaces.csv");

		CliRun export = run("export", "--workspace", workspace.toString(), "--interfaces", csv.toString());
		assertEquals(0, export.exitCode(), export.err());
		assertEquals("Exported 40 interfaces to " + csv + "\n", export.out());
		CliRun json = run("export", "--workspace", workspace.toString(), "--system-rules", folder.resolve("rules.json").toString());
		assertEquals(0, json.exitCode(), json.err());
		assertTrue(Files.readString(folder.resolve("rules.json")).startsWith("{\n  \"sheet\": \"system rules\""));

		CliRun again = run("import", "--workspace", workspace.toString(), "--interfaces", csv.toString());
		assertEquals(0, again.exitCode(), again.err());
		assertEquals("40 rows: 0 interfaces created, 0 updated, 40 unchanged.\n", again.out());
	}

	@Test
	void aBadRowRejectsTheWholeFileAndLeavesTheFilesAlone() throws IOException {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "5");
		Path interfaces = workspace.resolve("landscape/interfaces.xmi");
		byte[] before = Files.readAllBytes(interfaces);
		Path csv = folder.resolve("new.csv");
		Files.writeString(csv, "Interface,DataSource,Sender\nA,CPI_EU_PRD,SAP S/4HANA\nB,NO_SUCH_SOURCE,\nC,PO_PRD,Brand New System\n");

		CliRun result = run("import", "--workspace", workspace.toString(), "--interfaces", csv.toString());

		assertEquals(1, result.exitCode());
		assertTrue(result.err().startsWith("new.csv:3: there is no data source named 'NO_SUCH_SOURCE'"), result.err());
		assertTrue(result.err().contains("nothing was imported"), result.err());
		assertArrayEquals(before, Files.readAllBytes(interfaces));
	}

	@Test
	void aGoodImportIsSavedAndADryRunIsNot() throws IOException {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "5");
		Path csv = folder.resolve("new.csv");
		Files.writeString(csv, "Interface;DataSource;Sender\nA;CPI_EU_PRD;SAP S/4HANA\nB;PO_PRD;Brand New System\n");

		CliRun dry = run("import", "--workspace", workspace.toString(), "--interfaces", csv.toString(), "--dry-run");
		assertEquals(0, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("note: Creates the system 'Brand New System'"), dry.out());
		assertTrue(dry.out().contains("2 interfaces created") && dry.out().contains("dry run"), dry.out());
		try (Workspace reopened = Workspace.open(workspace)) {
			assertEquals(5, reopened.model().interfaces().getInterfaces().size());
		}

		CliRun real = run("import", "--workspace", workspace.toString(), "--interfaces", csv.toString());
		assertEquals(0, real.exitCode(), real.err());
		assertTrue(real.out().endsWith("Saved.\n"), real.out());
		try (Workspace reopened = Workspace.open(workspace)) {
			assertEquals(7, reopened.model().interfaces().getInterfaces().size());
			assertTrue(reopened.model().landscape().getSystems().stream().anyMatch(s -> "Brand New System".equals(s.getName())));
		}
	}

	@Test
	void importAndExportNeedExactlyOneSheet() {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "1");

		assertEquals(2, run("import", "--workspace", workspace.toString()).exitCode());
		assertEquals(2, run("export", "--workspace", workspace.toString(), "--systems", "a.csv", "--interfaces", "b.csv").exitCode());
		CliRun xlsx = run("export", "--workspace", workspace.toString(), "--systems", folder.resolve("a.xlsx").toString());
		assertEquals(1, xlsx.exitCode());
		assertTrue(xlsx.err().contains("*.csv or *.json"), xlsx.err());
	}

	@Test
	void theBenchmarkCommandRunsButIsNotListed() {
		Path workspace = folder.resolve("ws");
		run("sample", "--workspace", workspace.toString(), "--interfaces", "3");

		CliRun bench = run("bench-model", "--workspace", workspace.toString());

		assertEquals(0, bench.exitCode(), bench.err());
		assertTrue(bench.out().contains("interfaces=3\n") && bench.out().contains("load_ms=") && bench.out().contains("save_ms="),
				bench.out());
		assertFalse(run("help").out().contains("bench-model"));
		assertTrue(run("help").out().contains("import --workspace DIR (--interfaces|--systems|--system-rules|--object-rules) FILE"));
	}
}
