package io.cartograph.core.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.sample.SampleLandscape;

/** Export, then import: the sheet comes back as it was, in the same model and in another one. */
class RoundTripTest {

	@TempDir
	Path folder;

	private LandscapeModel sample;
	private LandscapeModel empty;

	@BeforeEach
	void openModels() throws IOException {
		sample = LandscapeModel.create(folder.resolve("sample"), "Sample");
		SampleLandscape.fill(sample, 250, 7L);
		// The same seed without interfaces: the same data sources, systems and properties to import into.
		empty = LandscapeModel.create(folder.resolve("empty"), "Empty");
		SampleLandscape.fill(empty, 0, 7L);
	}

	@AfterEach
	void closeModels() {
		sample.close();
		empty.close();
	}

	@Test
	void importingAnExportChangesNothing() {
		for (Sheet sheet : Sheet.values()) {
			ImportReport report = SpreadsheetImport.run(sample, sheet, SpreadsheetExport.csv(sample, sheet), "export.csv", false);

			assertEquals(List.of(), report.errors(), sheet.toString());
			assertEquals(0, report.created() + report.updated(), sheet + ": " + report.summary());
			assertTrue(report.unchanged() > 0, sheet.toString());
		}
		assertFalse(sample.commandStack().canUndo());
	}

	@Test
	void interfacesExportedFromOneModelAndImportedIntoAnotherExportTheSame() {
		byte[] exported = SpreadsheetExport.csv(sample, Sheet.INTERFACES);

		ImportReport report = SpreadsheetImport.run(empty, Sheet.INTERFACES, exported, "export.csv", false);

		assertEquals(List.of(), report.errors());
		assertEquals(250, report.created());
		assertEquals(List.of(), report.notices(), "every system and property exists");
		assertEquals(new String(exported, StandardCharsets.UTF_8), new String(SpreadsheetExport.csv(empty, Sheet.INTERFACES),
				StandardCharsets.UTF_8));
	}

	@Test
	void rulesExportedAndImportedIntoAModelWithoutRulesExportTheSame() {
		empty.rules().getSystemMappingRules().clear();
		empty.rules().getObjectRules().clear();
		for (Sheet sheet : List.of(Sheet.SYSTEM_RULES, Sheet.OBJECT_RULES)) {
			byte[] exported = SpreadsheetExport.csv(sample, sheet);

			ImportReport report = SpreadsheetImport.run(empty, sheet, exported, "export.csv", false);

			assertEquals(List.of(), report.errors(), sheet.toString());
			assertEquals(new String(exported, StandardCharsets.UTF_8), new String(SpreadsheetExport.csv(empty, sheet),
					StandardCharsets.UTF_8), sheet.toString());
		}
	}

	@Test
	void jsonHasTheSameColumnsAndCells() throws IOException {
		Path json = folder.resolve("interfaces.json");
		Path csv = folder.resolve("interfaces.csv");

		assertEquals(250, SpreadsheetExport.write(sample, Sheet.INTERFACES, json));
		SpreadsheetExport.write(sample, Sheet.INTERFACES, csv);

		JsonNode document = new ObjectMapper().readTree(json.toFile());
		Table table = CsvReader.read(Files.readAllBytes(csv));
		assertEquals("interfaces", document.get("sheet").asText());
		assertEquals(table.header(), texts(document.get("columns").elements()));
		assertEquals(table.rows().size(), document.get("rows").size());
		for (int row = 0; row < table.rows().size(); row++) {
			JsonNode cells = document.get("rows").get(row);
			assertEquals(table.header(), texts(cells.fieldNames()), "row " + row);
			assertEquals(table.rows().get(row).cells(), texts(cells.elements()), "row " + row);
		}
	}

	private static List<String> texts(Iterator<?> items) {
		List<String> texts = new ArrayList<>();
		items.forEachRemaining(item -> texts.add(item instanceof JsonNode node ? node.asText() : item.toString()));
		return texts;
	}

	@Test
	void anUnknownExtensionIsRefused() {
		ExchangeException e = org.junit.jupiter.api.Assertions.assertThrows(ExchangeException.class,
				() -> SpreadsheetExport.write(sample, Sheet.SYSTEMS, folder.resolve("systems.xlsx")));
		assertTrue(e.getMessage().contains("*.csv or *.json"));
	}
}
