package io.cartograph.core.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.command.Command;

import io.cartograph.core.model.LandscapeModel;

/**
 * Reads a CSV sheet into the landscape model: all rows or none. Every row is checked first; if
 * any is bad, the report lists each bad row with its line and the model is left as it was.
 * Otherwise the changes run as one command on the model's command stack, so one Undo takes the
 * whole import back. Saving is the caller's business.
 */
public final class SpreadsheetImport {

	private SpreadsheetImport() {
	}

	/**
	 * @param dryRun check and count only; never change the model
	 * @throws ExchangeException when the file cannot be read or is not a CSV sheet at all
	 */
	public static ImportReport run(LandscapeModel model, Sheet sheet, Path file, boolean dryRun) {
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ExchangeException("Cannot read " + file + ": " + e.getMessage(), e);
		}
		return run(model, sheet, content, file.getFileName().toString(), dryRun);
	}

	/** The same for CSV already in memory; {@code source} names it in the command's label. */
	public static ImportReport run(LandscapeModel model, Sheet sheet, byte[] csv, String source, boolean dryRun) {
		Table table = CsvReader.read(csv);
		ImportPlan plan = new ImportPlan(model.editingDomain());
		Rows rows = Rows.of(table, sheet, plan);
		if (!plan.hasErrors() || rows.has(sheet.keyColumn())) {
			sheet.format().plan(model, rows, plan);
		}
		ImportReport report = plan.report(sheet, table.rows().size(), dryRun);
		if (report.applied()) {
			Command command = plan.command("Import " + sheet.plural() + " from " + source);
			model.commandStack().execute(command);
			if (model.commandStack().getMostRecentCommand() != command) {
				// The stack swallows a failing command after the compound has rolled its parts back.
				throw new ExchangeException("The import of " + source + " failed and was rolled back; the model is unchanged.");
			}
		}
		return report;
	}
}
