package io.cartograph.core.exchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.cartograph.core.Json;
import io.cartograph.core.model.LandscapeModel;
import io.cartograph.core.workspace.AtomicFiles;

/**
 * Writes a sheet with the columns the import reads, so that export, edit, import is a round trip:
 * CSV (UTF-8, commas) or JSON ({@code {"sheet": ..., "columns": [...], "rows": [{column: cell}]}},
 * cells as text exactly as in the CSV). Secrets are never part of a sheet.
 */
public final class SpreadsheetExport {

	/** The formats, chosen by the file name's extension. */
	public enum Format {
		CSV, JSON;

		/** @throws ExchangeException for any other extension */
		public static Format of(Path file) {
			String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
			if (name.endsWith(".csv")) {
				return CSV;
			}
			if (name.endsWith(".json")) {
				return JSON;
			}
			throw new ExchangeException("Cannot tell the format of " + file.getFileName() + ": name the file *.csv or *.json.");
		}
	}

	private SpreadsheetExport() {
	}

	/** Writes the file atomically (the old one stays whole if anything fails) and returns the rows written. */
	public static int write(LandscapeModel model, Sheet sheet, Path file) {
		Format format = Format.of(file);
		SheetFormat sheetFormat = sheet.format();
		List<String> columns = sheetFormat.columns(model);
		List<List<String>> rows = sheetFormat.rows(model);
		byte[] content = format == Format.CSV ? CsvWriter.write(columns, rows) : json(sheet, columns, rows);
		try {
			AtomicFiles.write(file, content);
		} catch (IOException e) {
			throw new ExchangeException("Cannot write " + file + ": " + e.getMessage(), e);
		}
		return rows.size();
	}

	/** The sheet as CSV bytes. */
	public static byte[] csv(LandscapeModel model, Sheet sheet) {
		SheetFormat format = sheet.format();
		return CsvWriter.write(format.columns(model), format.rows(model));
	}

	private static byte[] json(Sheet sheet, List<String> columns, List<List<String>> rows) {
		List<Map<String, String>> objects = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			Map<String, String> object = new LinkedHashMap<>();
			for (int i = 0; i < columns.size(); i++) {
				object.put(columns.get(i), row.get(i));
			}
			objects.add(object);
		}
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("sheet", sheet.plural());
		document.put("columns", columns);
		document.put("rows", objects);
		return (Json.write(document) + "\n").getBytes(StandardCharsets.UTF_8);
	}
}
